import type { ApolloClient } from '@apollo/client';
import { LIMITS } from '@forum/shared';
import type { LoaderFunctionArgs } from 'react-router';
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
import i18n, { loadNamespace } from '@/i18n/i18n';

type Prefetch = (client: ApolloClient, args: LoaderFunctionArgs) => Array<Promise<unknown> | null>;

let context: { client: ApolloClient; firstLoad: () => boolean } | null = null;

/**
 * The client the loaders query with, and whether the router is still on its first load: set by
 * createAppRouter (App.tsx) before it makes the router.
 */
export function provideRouteData(client: ApolloClient, firstLoad: () => boolean): void {
  context = { client, firstLoad };
}

/**
 * A route loader that starts what a page needs (its query, with the variables the page itself uses, and
 * its translations) as soon as the route matches: in parallel with the viewer query and the page's chunk,
 * not after them. On the first load it waits, so the first render shows header, page and footer in place
 * at once (no layout shift); on later navigations it returns at once and the page shows its own loading
 * state while the query (deduplicated by Apollo with the page's own) runs. Failures are left to the page.
 */
export function prefetching(prefetch: Prefetch) {
  return async (args: LoaderFunctionArgs): Promise<null> => {
    if (!context) return null;
    const work = Promise.allSettled(prefetch(context.client, args));
    if (context.firstLoad()) await work;
    return null;
  };
}

const namespace = (ns: string) =>
  Promise.all([loadNamespace(i18n.language, ns), i18n.language === 'de' ? null : loadNamespace('de', ns)]);

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
