import type DataLoader from 'dataloader';
import { grouped, type LoaderFactory } from '../common/loaders/request-loaders';
import type { TagRow } from './tag.model';
import { TAGS_OF_THREADS_SQL } from './tags.sql';

/** Thread id → its tags, by name. */
export const tagsByThread: LoaderFactory<DataLoader<string, (TagRow & { threadId: string })[]>> = (ds) =>
  grouped(
    (threadIds) =>
      ds.query(TAGS_OF_THREADS_SQL, [[...threadIds]]) as Promise<(TagRow & { threadId: string })[]>,
    (r) => r.threadId,
  );
