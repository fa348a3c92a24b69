import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS } from '@forum/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { removeStoredFile } from './attachment-store';
import { badInput } from '../common/errors/domain-error';
import {
  DETACH_OTHERS_SQL,
  EXPIRED_FILES_SQL,
  LINK_SQL,
  LINKABLE_UPLOADS_SQL,
  MARK_DELETED_POST_FILES_SQL,
} from './attachments.sql';

/** Uploads never put into a post are removed after this long (the editor was closed, the post abandoned). */
export const UNLINKED_UPLOAD_HOURS = 24;

/** Links checked uploads to posts, inside the post's own transaction. */
@Injectable()
export class AttachmentsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Retention: removes uploads never linked to a post after UNLINKED_UPLOAD_HOURS, and files of deleted
   * posts or replaced by an edit after DELETED_FILE_RETENTION_DAYS. Returns how many files went.
   */
  async purgeExpired(now: Date): Promise<number> {
    const unlinkedBefore = new Date(now.getTime() - UNLINKED_UPLOAD_HOURS * 3_600_000);
    const detachedBefore = new Date(now.getTime() - this.config.deletedFileRetentionDays * 86_400_000);
    let removed = 0;
    for (;;) {
      const [rows] = (await this.ds.query(EXPIRED_FILES_SQL, [unlinkedBefore, detachedBefore])) as [
        { id: string; storage: string; storageKey: string | null }[],
        number,
      ];
      for (const file of rows) await removeStoredFile(file, this.config.uploadDir);
      removed += rows.length;
      if (rows.length < 1000) return removed;
    }
  }
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
