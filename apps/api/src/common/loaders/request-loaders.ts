import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { isUuid } from '../validation/is-uuid';

/**
 * Rows kept across requests by the API instance (organisations, boards, topics, board moderators): the
 * reference cache (redis/reference-cache.ts) implements it; `kind` keeps the kinds of rows apart.
 */
export interface ReferenceStore {
  get<V>(kind: string, id: string): V | undefined;
  set(kind: string, id: string, value: unknown): void;
}

/** Builds one DataLoader (or a small set of them) for one request. Declared by the feature that owns it. */
export type LoaderFactory<L> = (ds: DataSource, refs?: ReferenceStore) => L;

/**
 * Request-scoped DataLoaders: every list resolves its relations in one query per relation, never per row.
 * Each feature declares its loaders beside its entity (`users/user.loaders.ts`: `userById`); a resolver asks
 * the request for one with `ctx.loaders.get(userById)`, and the loader is created on first use.
 */
export class RequestLoaders {
  private readonly made = new Map<LoaderFactory<unknown>, unknown>();

  constructor(
    private readonly ds: DataSource,
    private readonly refs?: ReferenceStore,
  ) {}

  get<L>(factory: LoaderFactory<L>): L {
    let loader = this.made.get(factory) as L | undefined;
    if (loader === undefined) {
      loader = factory(this.ds, this.refs);
      this.made.set(factory, loader);
    }
    return loader;
  }
}

export type Cached = { store: ReferenceStore; kind: string };

/** Values by key: from the reference cache where it has them, the rest (valid ids) loaded and cached. */
export async function throughCache<V>(
  cached: Cached | undefined,
  keys: readonly string[],
  load: (missing: string[]) => Promise<Map<string, V>>,
): Promise<Map<string, V>> {
  const found = new Map<string, V>();
  const missing: string[] = [];
  for (const key of keys) {
    const hit = cached?.store.get<V>(cached.kind, key);
    if (hit !== undefined) found.set(key, hit);
    else if (isUuid(key)) missing.push(key);
  }
  if (missing.length) {
    for (const [key, value] of await load(missing)) {
      found.set(key, value);
      cached?.store.set(cached.kind, key, value);
    }
  }
  return found;
}

/** Rows by id; with `cached`, through the reference cache. */
export function byId<E extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  entity: EntityTarget<E>,
  cached?: Cached,
  read: (ids: string[]) => Promise<E[]> = (ids) => ds.getRepository(entity).findBy({ id: In(ids) } as never),
) {
  return new DataLoader<string, E | null>(async (ids) => {
    // Only rows found are cached: a row created later is never hidden by the cache.
    const found = await throughCache(cached, ids, async (missing) => {
      return new Map((await read(missing)).map((row) => [row.id, row]));
    });
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Rows grouped by a key (e.g. the topics of each board), in the order `load` returns them. */
export function grouped<E>(load: (keys: readonly string[]) => Promise<E[]>, keyOf: (row: E) => string) {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await load(keys);
    const map = new Map<string, E[]>();
    for (const row of rows) {
      const k = keyOf(row);
      (map.get(k) ?? map.set(k, []).get(k)!).push(row);
    }
    return keys.map((k) => map.get(k) ?? []);
  });
}
