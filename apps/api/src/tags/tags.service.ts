import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS } from '@forum/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound } from '../common/errors/domain-error';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { Viewer } from '../common/graphql/viewer';
import { requireActive, requireGlobalModerator } from '../common/permissions/permissions';
import { DomainEventsService } from '../events/domain-events.service';
import type { MergeTagsInput, TagInput, UpdateTagInput } from './dto/tag.inputs';
import { slugOf } from './tag-slug';
import type { TagRow } from './tag.model';
import {
  ADD_THREAD_TAGS_SQL,
  ALL_TAGS_SQL,
  CLEAR_THREAD_TAGS_SQL,
  DELETE_TAG_SQL,
  INSERT_TAG_SQL,
  MOVE_THREAD_TAGS_SQL,
  TAG_BY_SLUG_SQL,
  TAGS_BY_IDS_SQL,
  UPDATE_TAG_SQL,
} from './tags.sql';

/** The curated tags: moderators keep the set, askers pick up to five per question. */
@Injectable()
export class TagsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  list(viewer: Viewer | null): Promise<TagRow[]> {
    requireActive(viewer);
    return this.ds.query(ALL_TAGS_SQL);
  }

  async bySlug(viewer: Viewer | null, slug: string): Promise<TagRow | null> {
    requireActive(viewer);
    const [row] = (await this.ds.query(TAG_BY_SLUG_SQL, [slug])) as TagRow[];
    return row ?? null;
  }

  async create(viewer: Viewer | null, input: TagInput): Promise<TagRow> {
    const actor = requireGlobalModerator(viewer);
    const slug = this.slug(input.name);
    return this.unique(() =>
      this.events.transaction(async (write) => {
        const [row] = (await write.manager.query(INSERT_TAG_SQL, [
          slug,
          input.name,
          input.description || null,
        ])) as TagRow[];
        await write.audit({ actorId: actor.id, action: 'TAG_CREATED', targetType: 'TAG', targetId: row.id });
        return row;
      }),
    );
  }

  /** Renames or describes a tag; its slug follows the name. */
  async update(viewer: Viewer | null, input: UpdateTagInput): Promise<TagRow> {
    const actor = requireGlobalModerator(viewer);
    const slug = this.slug(input.name);
    return this.unique(() =>
      this.events.transaction(async (write) => {
        const [rows] = (await write.manager.query(UPDATE_TAG_SQL, [
          input.id,
          slug,
          input.name,
          input.description || null,
        ])) as [TagRow[], number];
        if (!rows[0]) throw notFound('Das Schlagwort');
        await write.audit({
          actorId: actor.id,
          action: 'TAG_UPDATED',
          targetType: 'TAG',
          targetId: input.id,
        });
        return rows[0];
      }),
    );
  }

  /** The source's questions carry the target from now on; the source is gone. */
  async merge(viewer: Viewer | null, input: MergeTagsInput): Promise<TagRow> {
    const actor = requireGlobalModerator(viewer);
    if (input.sourceId === input.targetId)
      throw badInput('Ein Schlagwort kann nicht mit sich selbst zusammengeführt werden.');
    return this.events.transaction(async (write) => {
      const rows = (await write.manager.query(TAGS_BY_IDS_SQL, [
        [input.sourceId, input.targetId],
      ])) as TagRow[];
      const source = rows.find((r) => r.id === input.sourceId);
      const target = rows.find((r) => r.id === input.targetId);
      if (!source || !target) throw notFound('Das Schlagwort');
      await write.manager.query(MOVE_THREAD_TAGS_SQL, [source.id, target.id]);
      await write.manager.query(DELETE_TAG_SQL, [source.id]);
      await write.audit({
        actorId: actor.id,
        action: 'TAG_MERGED',
        targetType: 'TAG',
        targetId: target.id,
        reason: `${source.name} → ${target.name}`,
      });
      return target;
    });
  }

  /** Inside the question's transaction: the thread carries exactly `tagIds` (at most five, all known). */
  async setForThread(manager: EntityManager, threadId: string, tagIds: readonly string[]): Promise<void> {
    const unique = [...new Set(tagIds)];
    if (unique.length > LIMITS.tagsPerThread)
      throw badInput(`Höchstens ${LIMITS.tagsPerThread} Schlagwörter pro Frage.`, {
        tagIds: 'Zu viele Schlagwörter',
      });
    const known = (await manager.query(TAGS_BY_IDS_SQL, [unique])) as TagRow[];
    if (known.length !== unique.length)
      throw badInput('Unbekanntes Schlagwort.', { tagIds: 'Unbekanntes Schlagwort' });
    await manager.query(CLEAR_THREAD_TAGS_SQL, [threadId, unique]);
    if (unique.length) await manager.query(ADD_THREAD_TAGS_SQL, [threadId, unique]);
  }

  private slug(name: string): string {
    const slug = slugOf(name);
    if (!slug)
      throw badInput('Der Name braucht Buchstaben oder Ziffern.', { name: 'Buchstaben oder Ziffern fehlen' });
    return slug;
  }

  private async unique<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('Ein Schlagwort mit diesem Namen gibt es schon.');
      throw err;
    }
  }
}
