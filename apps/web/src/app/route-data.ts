import { LIMITS } from '@forum/shared';
import { MeQueryDocument } from '@/features/auth/graphql/viewer.graphql';
import { BoardQueryDocument, BoardsQueryDocument } from '@/features/boards/graphql/boards.graphql';
import {
  KommunalpaktReportQueryDocument,
  ParticipatingKommunenCountQueryDocument,
} from '@/features/reports/graphql/reports.graphql';
import { isPeriodValid, periodFromParams, periodToApi } from '@/features/reports/lib/period';
import { PROGRESS_VALUES } from '@/features/threads/components/ProgressBadge';
import { ThreadQueryDocument } from '@/features/threads/graphql/thread.graphql';
import { POSTS_PAGE_SIZE } from '@/features/threads/hooks/use-thread';
import { TopicQueryDocument } from '@/features/topics/graphql/topic.graphql';
import {
  BoardWatchLevelQueryDocument,
  ThreadWatchLevelQueryDocument,
  TopicWatchLevelQueryDocument,
} from '@/features/watches/graphql/watches.graphql';
import { namespace, type Prefetch } from '@/shared/lib/route-prefetch';

// The data of each page, started by its route loader (the mechanism: shared/lib/route-prefetch.ts).
export { prefetching, provideRouteData } from '@/shared/lib/route-prefetch';

export const viewerData: Prefetch = (client) => [client.query({ query: MeQueryDocument })];

export const boardsData: Prefetch = (client) => [client.query({ query: BoardsQueryDocument })];

export const boardData: Prefetch = (client, { params }) => [
  client.query({ query: BoardQueryDocument, variables: { slug: params.slug ?? '' } }),
  client.query({ query: BoardWatchLevelQueryDocument, variables: { slug: params.slug ?? '' } }),
];

export const topicData: Prefetch = (client, { params, request }) => {
  // The same filter as TopicPage reads from ?status= (a progress value; anything else shows all).
  const status = new URL(request.url).searchParams.get('status');
  const progress = PROGRESS_VALUES.find((p) => p === status);
  return [
    client.query({
      query: TopicQueryDocument,
      variables: { id: params.topicId ?? '', progress, first: LIMITS.pageSizeDefault },
    }),
    client.query({ query: TopicWatchLevelQueryDocument, variables: { id: params.topicId ?? '' } }),
  ];
};

export const threadData: Prefetch = (client, { params }) => [
  client.query({
    query: ThreadQueryDocument,
    variables: { id: params.threadId ?? '', first: POSTS_PAGE_SIZE },
  }),
  client.query({ query: ThreadWatchLevelQueryDocument, variables: { id: params.threadId ?? '' } }),
];

export const reportData: Prefetch = (client, { request }) => {
  const period = periodFromParams(new URL(request.url).searchParams);
  return [
    namespace('report'),
    isPeriodValid(period)
      ? client.query({ query: KommunalpaktReportQueryDocument, variables: periodToApi(period) })
      : null,
    client.query({ query: ParticipatingKommunenCountQueryDocument }),
  ];
};
