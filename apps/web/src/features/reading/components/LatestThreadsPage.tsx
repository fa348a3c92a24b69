import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { appendPage } from '@/shared/hooks/use-connection-list';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { UnreadBadge } from './UnreadBadge';
import { ThreadListItem } from '@/features/threads/components/ThreadListItem';
import { LatestThreadsQueryDocument } from '../graphql/reading.graphql';

/** /neueste and /unbeantwortet: the most recently active questions across all boards. */
function ThreadsOverview({ unansweredOnly }: { unansweredOnly: boolean }) {
  const { t, ready } = useNamespace('reading');
  const view = unansweredOnly ? 'unanswered' : 'latest';
  const { data, loading, error, fetchMore, networkStatus } = useQuery(LatestThreadsQueryDocument, {
    variables: { first: LIMITS.pageSizeDefault, unansweredOnly },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!ready || (loading && !data)) return <Loading />;
  const connection = data?.latestThreads;
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
            <LoadMoreButton
              loading={networkStatus === 3}
              onClick={() =>
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) =>
                    appendPage('latestThreads', prev, fetchMoreResult),
                })
              }
            />
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
