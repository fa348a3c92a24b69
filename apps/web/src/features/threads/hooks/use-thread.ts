import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { AcceptAnswerMutationDocument } from '../../posts/graphql/post.graphql';
import { ThreadQueryDocument } from '../graphql/thread.graphql';

export const POSTS_PAGE_SIZE = 50;

export function useThread(threadId: string) {
  const result = useQuery(ThreadQueryDocument, {
    variables: { id: threadId, first: POSTS_PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const { fetchMore, data } = result;
  const endCursor = data?.thread?.posts.pageInfo.endCursor ?? null;

  /** Loads the posts after the last one shown: "Mehr laden", and picking up a reply just written. */
  const loadNewer = useCallback(async () => {
    await fetchMore({ variables: { after: endCursor } });
  }, [fetchMore, endCursor]);

  const [acceptMutation, { loading: accepting, error: acceptError }] = useMutation(AcceptAnswerMutationDocument);
  const accept = useCallback(
    async (postId: string) => {
      const loadedIds = data?.thread?.posts.edges.map((e) => e.node.id) ?? [];
      await acceptMutation({
        variables: { postId },
        update(cache) {
          // Only one accepted post per thread: clear the flag on the previously accepted one.
          for (const id of loadedIds) {
            cache.modify({ id: cache.identify({ __typename: 'Post', id }), fields: { accepted: () => id === postId } });
          }
        },
      });
    },
    [acceptMutation, data],
  );

  return { ...result, loadNewer, loadingMore: result.networkStatus === 3, accept, accepting, acceptError };
}
