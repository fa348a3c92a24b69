import type DataLoader from 'dataloader';
import { grouped, type LoaderFactory } from '../common/loaders/request-loaders';
import type { AttachmentRow } from './attachment.model';
import { ATTACHMENTS_OF_POSTS_SQL } from './attachments.sql';

/** Post id → its attachments, in their order. */
export const attachmentsByPost: LoaderFactory<DataLoader<string, AttachmentRow[]>> = (ds) =>
  grouped(
    (postIds) => ds.query(ATTACHMENTS_OF_POSTS_SQL, [[...postIds]]) as Promise<AttachmentRow[]>,
    (r) => r.postId,
  );
