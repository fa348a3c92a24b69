import type DataLoader from 'dataloader';
import { In } from 'typeorm';
import { entityRows } from '../common/loaders/entity-rows';
import { byId, grouped, type LoaderFactory } from '../common/loaders/request-loaders';
import { PostRevisionEntity } from './post-revision.entity';
import { PostEntity } from './post.entity';

/** Posts by id (hand-built SQL, see entityRows). */
export const postById: LoaderFactory<DataLoader<string, PostEntity | null>> = (ds) =>
  byId(ds, PostEntity, undefined, (ids) => entityRows(ds, PostEntity).byIds(ids));

/** Post id → its earlier versions, newest first. */
export const revisionsByPost: LoaderFactory<DataLoader<string, PostRevisionEntity[]>> = (ds) =>
  grouped(
    (postIds) =>
      ds
        .getRepository(PostRevisionEntity)
        .find({ where: { postId: In([...postIds]) }, order: { createdAt: 'DESC' } }),
    (r) => r.postId,
  );
