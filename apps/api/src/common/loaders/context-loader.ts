import DataLoader from 'dataloader';
import type { GqlContext } from '../graphql/gql-context';

const registry = new WeakMap<GqlContext, Map<string, DataLoader<string, unknown>>>();

/**
 * A DataLoader that lives as long as one request (keyed by its GraphQL context), for a batch function that
 * needs a service or the viewer (read states, reactions); plain loaders are `LoaderFactory`s
 * (request-loaders.ts). `name` must be unique per batch function.
 */
export function contextLoader<V>(
  ctx: GqlContext,
  name: string,
  batch: (keys: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  let loaders = registry.get(ctx);
  if (!loaders) registry.set(ctx, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(batch);
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** Forgets a request's loader after a mutation changed what it caches. */
export function clearContextLoader(ctx: GqlContext, name: string): void {
  registry.get(ctx)?.delete(name);
}
