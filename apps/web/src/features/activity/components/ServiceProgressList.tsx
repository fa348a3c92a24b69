import { useTranslation } from 'react-i18next';
import { formatInteger, formatShare } from '@/shared/lib/format-number';
import type { ServiceRow } from '@/features/reports/lib/sort-services';

/** The busiest EfA services with their share answered, as progress bars. */
export function ServiceProgressList({
  services,
  limit = 6,
}: {
  services: readonly ServiceRow[];
  limit?: number;
}) {
  const { t, i18n } = useTranslation('activity');
  const { t: tr } = useTranslation('reports');
  const lng = i18n.language;
  const busiest = services
    .filter((s) => s.questions > 0)
    .sort(
      (a, b) =>
        b.questions - a.questions ||
        Date.parse(b.lastActivityAt ?? '0') - Date.parse(a.lastActivityAt ?? '0') ||
        a.topic.title.localeCompare(b.topic.title, 'de'),
    )
    .slice(0, limit);
  if (busiest.length === 0) return <p className="app-presenter__empty">{tr('services.empty')}</p>;
  return (
    <ul className="app-service-progress">
      {busiest.map((s) => {
        const share = s.questions ? s.answered / s.questions : 0;
        return (
          <li className="app-service-progress__item" key={s.topic.id}>
            <span className="app-service-progress__name">{s.topic.title}</span>
            <span className="app-service-progress__row">
              <span className="app-service-progress__track" aria-hidden="true">
                <span className="app-service-progress__bar" style={{ width: `${share * 100}%` }} />
              </span>
              <span className="app-service-progress__value">
                {t('serviceRow', {
                  answered: formatInteger(s.answered, lng),
                  questions: formatInteger(s.questions, lng),
                  share: formatShare(share, lng),
                })}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
