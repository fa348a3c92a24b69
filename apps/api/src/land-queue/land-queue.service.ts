import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OrganisationKind, QuestionProgress, ThreadState } from '@forum/shared';
import { AuditService } from '../audit/audit.service';
import { canAcceptAnswer, requireActive } from '../common/permissions/permissions';
import { badInput, forbidden, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { pageSize } from '../common/pagination/cursor';
import { keysetPage } from '../common/pagination/keyset-page';
import { isUuid } from '../common/validation/is-uuid';
import { DomainEventsService } from '../events/domain-events.service';
import { PostsService } from '../posts/posts.service';
import { ThreadEntity } from '../threads/thread.entity';
import { progressSql } from '../threads/thread-progress';

/** The question workflows around the Länder: "Fragen an mein Land", "Meine Fragen", reopening. */
@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly posts: PostsService,
    private readonly audit: AuditService,
    private readonly events: DomainEventsService,
  ) {}

  private requireLandRepresentative(viewer: Viewer | null): Viewer {
    const me = requireActive(viewer);
    if (me.organisationKind !== OrganisationKind.LAND) {
      throw forbidden('Diese Liste gibt es nur für Vertreterinnen und Vertreter eines Landes.');
    }
    return me;
  }

  /**
   * Questions in the services the viewer's Land leads, oldest first (keyset on created_at, id). Two tabs:
   * OPEN (no Land has answered officially yet; the default) and LAND_ANSWERED (answered, not yet accepted).
   */
  async landQueue(
    viewer: Viewer | null,
    opts: {
      first?: number | null;
      after?: string | null;
      topicId?: string | null;
      progress?: QuestionProgress | null;
    },
  ) {
    const me = this.requireLandRepresentative(viewer);
    if (opts.topicId && !isUuid(opts.topicId))
      throw badInput('Ungültiges Thema.', { topicId: 'Ungültige ID' });
    const limit = pageSize(opts.first);
    const qb = this.ds
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .innerJoin('topics', 'tp', 'tp.id = t.topic_id')
      .where('tp.lead_land_id = :land', { land: me.organisationId })
      .andWhere(progressSql('t', opts.progress ?? QuestionProgress.OPEN))
      .andWhere('t.merged_into_id IS NULL');
    if (opts.topicId) qb.andWhere('t.topic_id = :topicId', { topicId: opts.topicId });
    return keysetPage(
      qb,
      limit,
      opts.after,
      [
        { column: 't.created_at', of: (t) => t.createdAt.toISOString() },
        { column: 't.id', of: (t) => t.id },
      ],
      'ASC',
    );
  }

  async landQueueCount(viewer: Viewer | null): Promise<number> {
    const me = requireActive(viewer);
    if (me.organisationKind !== OrganisationKind.LAND) return 0;
    const [row]: { n: number }[] = await this.ds.query(
      `SELECT count(*)::int AS n FROM threads t JOIN topics tp ON tp.id = t.topic_id
        WHERE tp.lead_land_id = $1 AND ${progressSql('t', QuestionProgress.OPEN)} AND t.merged_into_id IS NULL`,
      [me.organisationId],
    );
    return row.n;
  }

  /** The viewer's own questions, most recent activity first. */
  async myThreads(
    viewer: Viewer | null,
    opts: {
      first?: number | null;
      after?: string | null;
      state?: ThreadState | null;
      progress?: QuestionProgress | null;
    },
  ) {
    const me = requireActive(viewer);
    const limit = pageSize(opts.first);
    const qb = this.ds
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .where('t.author_id = :me', { me: me.id })
      .andWhere('t.merged_into_id IS NULL');
    if (opts.state) qb.andWhere('t.state = :state', { state: opts.state });
    if (opts.progress) qb.andWhere(progressSql('t', opts.progress));
    return keysetPage(
      qb,
      limit,
      opts.after,
      [
        { column: 't.last_activity_at', of: (t) => t.lastActivityAt.toISOString() },
        { column: 't.id', of: (t) => t.id },
      ],
      'DESC',
    );
  }

  /** The asker (or a moderator of the board) reopens an answered question; the accepted answer is unmarked. */
  async reopen(viewer: Viewer | null, threadId: string): Promise<ThreadEntity> {
    const actor = requireActive(viewer);
    if (!isUuid(threadId)) throw notFound('Die Frage');
    const thread = await this.ds.transaction(async (manager) => {
      const repo = manager.getRepository(ThreadEntity);
      const row = await repo
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :threadId', { threadId })
        .getOne();
      if (!row) throw notFound('Die Frage');
      const moderators = await this.posts.boardModeratorIds(manager, row.id);
      if (!canAcceptAnswer(actor, row.authorId, moderators)) {
        throw forbidden('Nur die fragende Person oder die Moderation kann die Frage wieder öffnen.');
      }
      if (row.state !== ThreadState.ANSWERED)
        throw badInput('Nur beantwortete Fragen können wieder geöffnet werden.');
      row.state = ThreadState.OPEN;
      row.acceptedPostId = null;
      row.acceptedAt = null;
      await repo.save(row);
      if (actor.id !== row.authorId) {
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'THREAD_REOPENED',
          targetType: 'THREAD',
          targetId: row.id,
        });
      }
      return row;
    });
    this.events.publish({ type: 'ThreadReopened', actorId: actor.id, threadId: thread.id });
    return thread;
  }
}
