import type { ApolloClient } from '@apollo/client';
import type { LoaderFunctionArgs } from 'react-router';
import i18n, { loadNamespace } from '@/i18n/i18n';

export type Prefetch = (client: ApolloClient, args: LoaderFunctionArgs) => Array<Promise<unknown> | null>;

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

/** A page's translations (and German, the fallback). */
export const namespace = (ns: string) =>
  Promise.all([loadNamespace(i18n.language, ns), i18n.language === 'de' ? null : loadNamespace('de', ns)]);
