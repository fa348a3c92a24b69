import { LIMITS } from '@forum/shared';
import type { QuestionProgress } from '@/gql/graphql';
import { useConnectionList } from '@/shared/hooks/use-connection-list';
import { TopicQueryDocument } from '../graphql/topic.graphql';

/** A topic with its questions, page by page, filtered by progress. */
export function useTopicThreads(topicId: string, progress: QuestionProgress | undefined, tagId?: string) {
  return useConnectionList(TopicQueryDocument, (d) => d.topic?.threads, {
    // tagId only when set: the variables stay those of an unfiltered list otherwise.
    variables: { id: topicId, progress, first: LIMITS.pageSizeDefault, ...(tagId ? { tagId } : {}) },
  });
}
