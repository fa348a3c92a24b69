import type { ApolloClient } from '@apollo/client';
import type { LoaderFunctionArgs } from 'react-router';
import { MeQueryDocument } from '@/features/auth/graphql/viewer.graphql';
import { ThreadQueryDocument } from '@/features/threads/graphql/thread.graphql';
import { POSTS_PAGE_SIZE } from '@/features/threads/hooks/use-thread';
import { ThreadWatchLevelQueryDocument } from '@/features/watches/graphql/watches.graphql';
import { prefetching, provideRouteData, threadData, viewerData } from './route-data';

function args(url: string, params: Record<string, string> = {}): LoaderFunctionArgs {
  return { request: new Request(url), params, context: undefined } as unknown as LoaderFunctionArgs;
}

describe('route loaders', () => {
  it('start the page query with the variables the page uses, and the viewer query', async () => {
    const query = vi.fn().mockResolvedValue({ data: {} });
    provideRouteData({ query } as unknown as ApolloClient, () => true);
    await prefetching(threadData)(args('http://x/fragen/t1', { threadId: 't1' }));
    await prefetching(viewerData)(args('http://x/fragen/t1'));
    expect(query).toHaveBeenCalledWith({
      query: ThreadQueryDocument,
      variables: { id: 't1', first: POSTS_PAGE_SIZE },
    });
    expect(query).toHaveBeenCalledWith({ query: ThreadWatchLevelQueryDocument, variables: { id: 't1' } });
    expect(query).toHaveBeenCalledWith({ query: MeQueryDocument });
  });

  it('wait for the data on the first load only, and never fail the navigation', async () => {
    let finish: (value: unknown) => void = () => undefined;
    const query = vi.fn(() => new Promise((resolve) => (finish = resolve)));
    let first = true;
    provideRouteData({ query } as unknown as ApolloClient, () => first);
    let done = false;
    const firstLoad = prefetching(viewerData)(args('http://x/')).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    finish({ data: { me: null } });
    await firstLoad;

    first = false;
    await expect(prefetching(viewerData)(args('http://x/'))).resolves.toBeNull();
    const failing = vi.fn().mockRejectedValue(new Error('offline'));
    provideRouteData({ query: failing } as unknown as ApolloClient, () => true);
    await expect(prefetching(viewerData)(args('http://x/'))).resolves.toBeNull();
  });
});
