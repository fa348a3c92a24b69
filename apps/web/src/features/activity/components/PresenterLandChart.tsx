import { useTranslation } from 'react-i18next';
import { chartRows, type LandRow } from '@/features/reports/components/LandBarChart';
import { formatInteger } from '@/shared/lib/format-number';

/** "Freie und Hansestadt Hamburg" → "Hamburg": the projector has room for the names people use. */
export const shortLandName = (name: string) =>
  name.replace(/^(Freie und Hansestadt|Freie Hansestadt|Freistaat)\s+/, '');

/**
 * Answered and open questions per lead Land, as large horizontal bars for the projector. Each row is
 * text ("Hessen: 5 von 7 beantwortet") with the bar drawn beside it, so nothing depends on the graphic.
 */
export function PresenterLandChart({ rows, limit = 10 }: { rows: readonly LandRow[]; limit?: number }) {
  const { t, i18n } = useTranslation('activity');
  const { t: tr } = useTranslation('reports');
  const lng = i18n.language;
  const data = chartRows(rows)
    .filter((r) => r.questions > 0)
    .slice(0, limit);
  if (data.length === 0) return <p className="app-presenter__empty">{tr('chart.empty')}</p>;
  const max = Math.max(...data.map((r) => r.questions), 1);
  return (
    <>
      <ul className="app-presenter-legend" aria-label={tr('chart.legend')}>
        <li>
          <span className="app-presenter-swatch app-presenter-swatch--answered" aria-hidden="true" />
          {tr('chart.answered')}
        </li>
        <li>
          <span className="app-presenter-swatch app-presenter-swatch--open" aria-hidden="true" />
          {tr('chart.open')}
        </li>
      </ul>
      <ul className="app-presenter-bars">
        {data.map((r) => (
          <li className="app-presenter-bars__row" key={r.land.id}>
            <span className="app-presenter-bars__label" title={r.land.name}>
              {shortLandName(r.land.name)}
            </span>
            <span className="app-presenter-bars__track" aria-hidden="true">
              <span
                className="app-presenter-bars__answered"
                style={{ width: `${(r.answered / max) * 100}%` }}
              />
              <span
                className="app-presenter-bars__open"
                style={{ width: `${((r.questions - r.answered) / max) * 100}%` }}
              />
            </span>
            <span className="app-presenter-bars__value">
              <span aria-hidden="true">
                {formatInteger(r.answered, lng)}/{formatInteger(r.questions, lng)}
              </span>
              <span className="kern-sr-only">
                {t('landRow', {
                  answered: formatInteger(r.answered, lng),
                  questions: formatInteger(r.questions, lng),
                })}
              </span>
            </span>
          </li>
        ))}
      </ul>
      <p className="app-presenter__footnote">{t('answeredExplained')}</p>
    </>
  );
}
