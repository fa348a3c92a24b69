import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import { badInput, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { DomainEventsService } from '../events/domain-events.service';
import { draftKey, parseDraftKey, type DraftKey } from './draft-key';
import { DraftEntity } from './draft.entity';
import type { SaveDraftArgs } from './dto/save-draft.args';
import {
  DELETE_DRAFT_SQL,
  DELETE_REPLY_DRAFT_STEP,
  DRAFT_TARGET_EXISTS_SQL,
  SAVE_DRAFT_SQL,
} from './drafts.sql';

/** Enough for every open tab of a busy user; stops a client from filling the table. */
export const MAX_DRAFTS_PER_USER = 200;

const INVALID_KEY = () =>
  badInput('Ungültiger Schlüssel für den Entwurf.', { key: 'Erwartet thread:<ID> oder topic:<ID>' });

@Injectable()
export class DraftsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  onModuleInit(): void {
    // The draft has become a post or a question: it is done.
    this.events.onWrite(
      'PostCreated',
      (e, manager) => this.remove(e.actorId, draftKey('thread', e.threadId), manager).then(() => undefined),
      DELETE_REPLY_DRAFT_STEP,
    );
    this.events.onWrite('ThreadCreated', (e, manager) =>
      this.remove(e.actorId, draftKey('topic', e.topicId), manager).then(() => undefined),
    );
  }

  async get(viewer: Viewer | null, key: string): Promise<DraftEntity | null> {
    const user = requireActive(viewer);
    const parsed = parseDraftKey(key);
    if (!parsed) throw INVALID_KEY();
    return this.ds
      .getRepository(DraftEntity)
      .findOneBy({ userId: user.id, key: draftKey(parsed.kind, parsed.id) });
  }

  /** The viewer's drafts, most recently saved first. */
  async list(viewer: Viewer | null): Promise<DraftEntity[]> {
    const user = requireActive(viewer);
    return this.ds
      .getRepository(DraftEntity)
      .find({ where: { userId: user.id }, order: { updatedAt: 'DESC' }, take: MAX_DRAFTS_PER_USER });
  }

  /** Creates or overwrites the draft under `key`. */
  async save(viewer: Viewer | null, args: SaveDraftArgs): Promise<DraftEntity> {
    const user = requireActive(viewer);
    const parsed = parseDraftKey(args.key);
    if (!parsed) throw INVALID_KEY();
    const title = args.title ?? null;
    if (parsed.kind === 'thread' && title !== null)
      throw badInput('Ein Antwortentwurf hat keinen Titel.', { title: 'Nur für Fragen' });
    await this.requireTarget(parsed);
    const key = draftKey(parsed.kind, parsed.id);
    const rows: {
      user_id: string;
      key: string;
      title: string | null;
      body: string;
      updated_at: Date;
    }[] = await this.ds.query(SAVE_DRAFT_SQL, [user.id, key, title, args.body, MAX_DRAFTS_PER_USER]);
    if (!rows.length)
      throw badInput(`Sie haben bereits ${MAX_DRAFTS_PER_USER} Entwürfe. Bitte löschen Sie ältere.`);
    const r = rows[0];
    return Object.assign(new DraftEntity(), {
      userId: r.user_id,
      key: r.key,
      title: r.title,
      body: r.body,
      updatedAt: r.updated_at,
    });
  }

  /** True when a draft was deleted. */
  async delete(viewer: Viewer | null, key: string): Promise<boolean> {
    const user = requireActive(viewer);
    const parsed = parseDraftKey(key);
    if (!parsed) throw INVALID_KEY();
    return this.remove(user.id, draftKey(parsed.kind, parsed.id));
  }

  private async remove(userId: string, key: string, manager = this.ds.manager): Promise<boolean> {
    const [, deleted]: [unknown[], number] = await manager.query(DELETE_DRAFT_SQL, [userId, key]);
    return deleted > 0;
  }

  private async requireTarget(key: DraftKey): Promise<void> {
    const rows: unknown[] = await this.ds.query(DRAFT_TARGET_EXISTS_SQL[key.kind], [key.id]);
    if (!rows.length) throw notFound(key.kind === 'thread' ? 'Die Frage' : 'Das Thema');
  }
}
