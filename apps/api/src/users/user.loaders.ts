import type DataLoader from 'dataloader';
import { entityRows } from '../common/loaders/entity-rows';
import { byId, type LoaderFactory } from '../common/loaders/request-loaders';
import { UserEntity } from './user.entity';

/** Users by id (hand-built SQL: every author on a thread page). */
export const userById: LoaderFactory<DataLoader<string, UserEntity | null>> = (ds) =>
  byId(ds, UserEntity, undefined, (ids) => entityRows(ds, UserEntity).byIds(ids));
