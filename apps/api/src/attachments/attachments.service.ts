import { Injectable } from '@nestjs/common';
import { LIMITS } from '@forum/shared';
import type { EntityManager } from 'typeorm';
import { badInput } from '../common/errors/domain-error';
import {
  DETACH_OTHERS_SQL,
  LINK_SQL,
  LINKABLE_UPLOADS_SQL,
  MARK_DELETED_POST_FILES_SQL,
} from './attachments.sql';

/** Links checked uploads to posts, inside the post's own transaction. */
@Injectable()
export class AttachmentsService {
  /**
   * Makes `ids` (in this order) the files of post `postId`: each must be the uploader's own upload, not
   * in another post. Files the post had before and that are not in `ids` leave it (editPost replaces the
   * list); the retention run removes them later.
   */
  async setForPost(
    manager: EntityManager,
    uploaderId: string,
    postId: string,
    ids: readonly string[],
  ): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length > LIMITS.attachmentsPerPost)
      throw badInput(`Höchstens ${LIMITS.attachmentsPerPost} Dateien pro Beitrag.`, {
        attachmentIds: `Höchstens ${LIMITS.attachmentsPerPost} Dateien pro Beitrag.`,
      });
    const rows: { id: string }[] = unique.length
      ? await manager.query(LINKABLE_UPLOADS_SQL, [unique, uploaderId, postId])
      : [];
    if (rows.length !== unique.length)
      throw badInput('Eine Datei wurde nicht gefunden oder gehört zu einem anderen Beitrag.', {
        attachmentIds: 'Unbekannte Datei',
      });
    await manager.query(DETACH_OTHERS_SQL, [postId, unique]);
    for (const [position, id] of unique.entries()) await manager.query(LINK_SQL, [id, postId, position]);
  }

  /** The post was deleted: its files start their retention period. */
  async postDeleted(manager: EntityManager, postId: string): Promise<void> {
    await manager.query(MARK_DELETED_POST_FILES_SQL, [postId]);
  }
}
