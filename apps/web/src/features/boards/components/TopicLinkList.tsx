import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RelativeTime } from '@/shared/components/RelativeTime';
import type { TopicSummaryFieldsFragment } from '@/gql/graphql';

/** Compact topic list inside a board card on the overview. */
export function TopicLinkList({
  topics,
  boardTitle,
}: {
  topics: TopicSummaryFieldsFragment[];
  boardTitle: string;
}) {
  const { t } = useTranslation();
  if (topics.length === 0) return <p className="kern-body kern-body--small">{t('boards.noTopics')}</p>;
  return (
    <ul className="app-topic-links" aria-label={t('boards.topics', { board: boardTitle })}>
      {topics.map((topic) => (
        <li key={topic.id}>
          <Link className="kern-link kern-link--small" to={`/themen/${encodeURIComponent(topic.id)}`}>
            {topic.title}
          </Link>
          <span className="kern-body kern-body--small kern-body--muted app-topic-links__meta">
            {t('common.threads', { count: topic.threadCount })}
            {topic.viewerUnreadThreadCount > 0 ? (
              <>
                {' · '}
                <strong>{t('reading.unreadThreads', { count: topic.viewerUnreadThreadCount })}</strong>
              </>
            ) : null}
            {topic.lastActivityAt ? (
              <>
                {' · '}
                <RelativeTime iso={topic.lastActivityAt} />
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
