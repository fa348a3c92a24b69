import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import type { ThreadState } from '../../../gql/graphql';
import { TopicQueryDocument } from '../graphql/topic.graphql';

export function useTopicThreads(topicId: string, state: ThreadState | undefined) {
  const result = useQuery(TopicQueryDocument, {
    variables: { id: topicId, state, first: LIMITS.pageSizeDefault },
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = result.data?.topic?.threads.pageInfo;
  const loadMore = () => {
    if (!pageInfo?.hasNextPage) return;
    void result.fetchMore({ variables: { after: pageInfo.endCursor } });
  };
  return { ...result, loadMore, loadingMore: result.networkStatus === 3 };
}
