import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '@/shared/components/Icon';
import type { ActivityTodayQuery } from '@/gql/graphql';
import { formatInteger } from '@/shared/lib/format-number';

type Today = ActivityTodayQuery['activityToday'];

const COUNTERS: Array<{ key: keyof Omit<Today, 'since' | '__typename'>; icon: IconName }> = [
  { key: 'questions', icon: 'help' },
  { key: 'officialAnswers', icon: 'verified' },
  { key: 'solved', icon: 'task-alt' },
  { key: 'kommunenJoined', icon: 'groups' },
];

/** "Heute": what happened since midnight, one large number each. */
export function TodayCounters({ today }: { today: Today | undefined }) {
  const { t, i18n } = useTranslation('activity');
  return (
    <dl className="app-today">
      {COUNTERS.map(({ key, icon }) => (
        <div className="app-today__item" key={key}>
          <dt className="app-today__label">
            <Icon name={icon} />
            {t(`today.${key}`)}
          </dt>
          <dd className="app-today__value">{today ? formatInteger(today[key], i18n.language) : '–'}</dd>
        </div>
      ))}
    </dl>
  );
}
