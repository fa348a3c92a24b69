import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@forum/shared';
import type { QuestionProgress } from '@/gql/graphql';
import { TopicQueryDocument } from '../graphql/topic.graphql';

export function useTopicThreads(topicId: string, progress: QuestionProgress | undefined) {
  const result = useQuery(TopicQueryDocument, {
    variables: { id: topicId, progress, first: LIMITS.pageSizeDefault },
    notifyOnNetworkStatusChange: true,
  });
  const pageInfo = result.data?.topic?.threads.pageInfo;
  const loadMore = () => {
    if (!pageInfo?.hasNextPage) return;
    void result.fetchMore({ variables: { after: pageInfo.endCursor } });
  };
  return { ...result, loadMore, loadingMore: result.networkStatus === 3 };
}
