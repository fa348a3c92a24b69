import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatRelative } from '../../../shared/lib/format-date';
import type { ActivityItem } from '../hooks/activity-stream';

const SYMBOLS: Record<ActivityItem['kind'], string> = {
  QUESTION: '?',
  ANSWER: '↩',
  OFFICIAL_ANSWER: '★',
  ANSWER_ACCEPTED: '✓',
  ACCOUNT_APPROVED: '+',
  POST_FLAGGED: '⚑',
  POST_HIDDEN: '⊘',
};

/** The presenter's list of live events, newest on top. */
export function ActivityStream({ items, now }: { items: readonly ActivityItem[]; now: Date }) {
  const { t, i18n } = useTranslation('report');
  if (items.length === 0) return <p className="app-presenter__empty">{t('presenter.empty')}</p>;
  return (
    <ol className="app-activity-list">
      {items.map((item) => (
        <li key={item.seq} className={`app-activity app-activity--${item.kind.toLowerCase()}`}>
          <span className="app-activity__icon" aria-hidden="true">
            {SYMBOLS[item.kind]}
          </span>
          <div className="app-activity__body">
            <p className="app-activity__head">
              <span className="app-activity__kind">{t(`presenter.kind.${item.kind}`)}</span>
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
                {t('presenter.by', { name: item.actor.displayName, org: item.actor.organisation })}
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
