import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon, type IconName } from '@/shared/components/Icon';
import { formatDateTime, formatRelative } from '@/shared/lib/format-date';
import type { ActivityItem } from '../lib/activity-stream';

const ICONS: Record<ActivityItem['kind'], IconName> = {
  QUESTION: 'help',
  ANSWER: 'reply',
  OFFICIAL_ANSWER: 'verified',
  ANSWER_ACCEPTED: 'task-alt',
  KOMMUNE_JOINED: 'groups',
  ACCOUNT_APPROVED: 'person-add',
  POST_FLAGGED: 'flag',
  POST_HIDDEN: 'visibility-off',
};

// Colour families of the icon discs: news (yellow), the Länder's answers and solutions (green),
// people joining (blue), moderation (red). Class names are fixed strings, never built from data.
const TONE: Record<ActivityItem['kind'], string> = {
  QUESTION: 'app-activity--question',
  ANSWER: 'app-activity--people',
  OFFICIAL_ANSWER: 'app-activity--answer',
  ANSWER_ACCEPTED: 'app-activity--answer',
  KOMMUNE_JOINED: 'app-activity--people',
  ACCOUNT_APPROVED: 'app-activity--people',
  POST_FLAGGED: 'app-activity--moderation',
  POST_HIDDEN: 'app-activity--moderation',
};

/** The presenter's list of live events, newest on top. */
export function ActivityStream({ items, now }: { items: readonly ActivityItem[]; now: Date }) {
  const { t, i18n } = useTranslation('activity');
  if (items.length === 0) return <p className="app-presenter__empty">{t('empty')}</p>;
  return (
    <ol className="app-activity-list">
      {items.map((item) => (
        <li key={item.seq} className={`app-activity ${TONE[item.kind]}`}>
          <span className="app-activity__icon">
            <Icon name={ICONS[item.kind]} size="large" />
          </span>
          <div className="app-activity__body">
            <p className="app-activity__head">
              <span className="app-activity__kind">{t(`kind.${item.kind}`)}</span>
              <time
                className="app-activity__time"
                dateTime={item.at}
                title={formatDateTime(item.at, i18n.language)}
              >
                {formatRelative(item.at, i18n.language, now)}
              </time>
            </p>
            {item.thread ? (
              <p className="app-activity__title">
                <Link to={`/fragen/${encodeURIComponent(item.thread.id)}`}>{item.thread.title}</Link>
              </p>
            ) : null}
            {item.actor ? (
              <p className="app-activity__actor">
                {t('by', { name: item.actor.displayName, org: item.actor.organisation })}
                {item.topic ? ` · ${item.topic.title}` : ''}
              </p>
            ) : item.topic ? (
              <p className="app-activity__actor">{item.topic.title}</p>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
