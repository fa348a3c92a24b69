import type DataLoader from 'dataloader';
import { entityRows } from '../common/loaders/entity-rows';
import { byId, type LoaderFactory } from '../common/loaders/request-loaders';
import { ThreadEntity } from './thread.entity';

/** Threads by id (hand-built SQL: every post of a page asks for its thread). */
export const threadById: LoaderFactory<DataLoader<string, ThreadEntity | null>> = (ds) =>
  byId(ds, ThreadEntity, undefined, (ids) => entityRows(ds, ThreadEntity).byIds(ids));
