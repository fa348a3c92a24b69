import { LIMITS } from '@forum/shared';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { useConnectionList } from '@/shared/hooks/use-connection-list';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { UnreadBadge } from './UnreadBadge';
import { ThreadListItem } from '@/features/threads/components/ThreadListItem';
import { LatestThreadsQueryDocument } from '../graphql/reading.graphql';

/** /neueste and /unbeantwortet: the most recently active questions across all boards. */
function ThreadsOverview({ unansweredOnly }: { unansweredOnly: boolean }) {
  const { t, ready } = useNamespace('reading');
  const view = unansweredOnly ? 'unanswered' : 'latest';
  const { data, loading, error, connection, loadMore, loadingMore } = useConnectionList(
    LatestThreadsQueryDocument,
    (d) => d.latestThreads,
    {
      variables: { first: LIMITS.pageSizeDefault, unansweredOnly },
      fetchPolicy: 'cache-and-network',
    },
  );
  if (!ready || (loading && !data)) return <Loading />;
  return (
    <div className="app-stack">
      <PageHeading title={t(`${view}.title`)} />
      <p className="kern-body">{t(`${view}.intro`)}</p>
      <ApiErrorAlert error={error} />
      {connection && connection.edges.length === 0 ? <p className="kern-body">{t(`${view}.empty`)}</p> : null}
      {connection && connection.edges.length > 0 ? (
        <>
          <ul className="app-thread-list">
            {connection.edges.map(({ node }) => (
              <ThreadListItem
                key={node.id}
                thread={node}
                context={t('threads.inTopic', { ns: 'translation', topic: node.topic.title })}
                marks={<UnreadBadge isNew={node.viewerIsNew} unreadCount={node.viewerUnreadCount} />}
              />
            ))}
          </ul>
          {connection.pageInfo.hasNextPage ? (
            <LoadMoreButton loading={loadingMore} onClick={loadMore} />
          ) : null}
        </>
      ) : null}
    </div>
  );
}

export function LatestThreadsPage() {
  return <ThreadsOverview unansweredOnly={false} />;
}

export function UnansweredThreadsPage() {
  return <ThreadsOverview unansweredOnly />;
}
