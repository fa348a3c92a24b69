import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import { useCallback } from 'react';
import { ThreadQueryDocument, AcceptAnswerMutationDocument } from '../graphql/thread.graphql';

export const POSTS_PAGE_SIZE = 50;

export function useThread(threadId: string) {
  const result = useQuery(ThreadQueryDocument, {
    variables: { id: threadId, first: POSTS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const { fetchMore, refetch, data } = result;
  const endCursor = data?.thread?.posts.pageInfo.endCursor ?? null;
  const loadedCount = data?.thread?.posts.edges.length ?? 0;

  /** Loads the posts after the last one shown: "Mehr laden", a reply just written, or one arriving live. */
  const loadNewer = useCallback(async () => {
    const more = await fetchMore({ variables: { after: endCursor } });
    return more.data?.thread?.posts.edges.map((e) => e.node) ?? [];
  }, [fetchMore, endCursor]);

  /** Refetches every post shown (not just the first page) plus the thread's own fields. */
  const refreshLoaded = useCallback(async () => {
    const first = Math.min(LIMITS.pageSizeMax, Math.max(POSTS_PAGE_SIZE, loadedCount));
    return refetch({ first });
  }, [refetch, loadedCount]);

  /** After a dropped connection: refresh what is shown, then append what was written meanwhile. */
  const catchUp = useCallback(async () => {
    const hadAll = data?.thread?.posts.pageInfo.hasNextPage === false;
    const refreshed = await refreshLoaded();
    const pageInfo = refreshed.data?.thread?.posts.pageInfo;
    if (hadAll && pageInfo?.hasNextPage) await fetchMore({ variables: { after: pageInfo.endCursor } });
  }, [data, refreshLoaded, fetchMore]);

  const [acceptMutation, { loading: accepting, error: acceptError }] = useMutation(
    AcceptAnswerMutationDocument,
  );
  const accept = useCallback(
    async (postId: string) => {
      const loadedIds = data?.thread?.posts.edges.map((e) => e.node.id) ?? [];
      await acceptMutation({
        variables: { postId },
        update(cache) {
          // Only one accepted post per thread: clear the flag on the previously accepted one.
          for (const id of loadedIds) {
            cache.modify({
              id: cache.identify({ __typename: 'Post', id }),
              fields: { accepted: () => id === postId },
            });
          }
        },
      });
    },
    [acceptMutation, data],
  );

  return {
    ...result,
    loadNewer,
    refreshLoaded,
    catchUp,
    loadingMore: result.networkStatus === NetworkStatus.fetchMore,
    accept,
    accepting,
    acceptError,
  };
}
