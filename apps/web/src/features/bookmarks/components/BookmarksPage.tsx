import { LIMITS } from '@forum/shared';
import { ApiErrorAlert } from '@/shared/components/ApiErrorAlert';
import { LoadMoreButton } from '@/shared/components/LoadMoreButton';
import { Loading } from '@/shared/components/Loading';
import { PageHeading } from '@/shared/components/PageHeading';
import { useConnectionList } from '@/shared/hooks/use-connection-list';
import { useNamespace } from '@/shared/hooks/use-namespace';
import { UnreadBadge } from '@/features/reading/components/UnreadBadge';
import { ThreadListItem } from '@/features/threads/components/ThreadListItem';
import { BookmarksQueryDocument } from '../graphql/bookmarks.graphql';

/** /merkliste: the viewer's bookmarked questions, newest bookmark first. */
export function BookmarksPage() {
  const { t, ready } = useNamespace('bookmarks');
  const { data, loading, error, connection, loadMore, loadingMore } = useConnectionList(
    BookmarksQueryDocument,
    (d) => d.bookmarks,
    {
      variables: { first: LIMITS.pageSizeDefault },
      fetchPolicy: 'cache-and-network',
    },
  );
  if (!ready || (loading && !data)) return <Loading />;
  return (
    <div className="app-stack">
      <PageHeading title={t('title')} />
      <p className="kern-body">{t('intro')}</p>
      <ApiErrorAlert error={error} />
      {connection && connection.edges.length === 0 ? <p className="kern-body">{t('empty')}</p> : null}
      {connection && connection.edges.length > 0 ? (
        <>
          <ul className="app-thread-list">
            {connection.edges.map(({ node }) => (
              <ThreadListItem
                key={node.thread.id}
                thread={node.thread}
                marks={
                  <UnreadBadge isNew={node.thread.viewerIsNew} unreadCount={node.thread.viewerUnreadCount} />
                }
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
