import DataLoader from 'dataloader';
import { grouped, type LoaderFactory } from '../common/loaders/request-loaders';
import type { TagRow } from './tag.model';
import { TAG_THREAD_COUNT_SQL, TAGS_OF_THREADS_SQL } from './tags.sql';

/** Thread id → its tags, by name. */
export const tagsByThread: LoaderFactory<DataLoader<string, (TagRow & { threadId: string })[]>> = (ds) =>
  grouped(
    (threadIds) =>
      ds.query(TAGS_OF_THREADS_SQL, [[...threadIds]]) as Promise<(TagRow & { threadId: string })[]>,
    (r) => r.threadId,
  );

/** Tag id → how many questions carry it (merged-away questions not counted). */
export const questionCountByTag: LoaderFactory<DataLoader<string, number>> = (ds) =>
  new DataLoader<string, number>(async (tagIds) => {
    const rows = (await ds.query(TAG_THREAD_COUNT_SQL, [[...tagIds]])) as { tagId: string; n: number }[];
    const counts = new Map(rows.map((r) => [r.tagId, r.n]));
    return tagIds.map((id) => counts.get(id) ?? 0);
  });
