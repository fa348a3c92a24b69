import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { FlagState } from '@forum/shared';
import { isGlobalModerator, requireActive } from '../common/permissions/permissions';
import { badInput, conflict, forbidden, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { pageSize } from '../common/pagination/cursor';
import { keysetPage } from '../common/pagination/keyset-page';
import { isUniqueViolation } from '../common/errors/pg-errors';
import { DomainEventsService } from '../events/domain-events.service';
import { AuditService } from '../audit/audit.service';
import { PostEntity } from '../posts/post.entity';
import { ThreadEntity } from '../threads/thread.entity';
import { TopicEntity } from '../topics/topic.entity';
import type { FlagPostArgs } from './dto/flag-post.args';
import { parseFlagReason } from './flag-reason';
import { FlagEntity } from './flag.entity';
import { moderatedBoardIds, requireBoardModeration } from '../boards/board-moderators';
import { BOARD_OF_POST_SQL } from './moderation.sql';

export interface FlagListOptions {
  first?: number | null;
  after?: string | null;
  state?: FlagState | null;
}

@Injectable()
export class FlagsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly events: DomainEventsService,
  ) {}

  onModuleInit(): void {
    // A post hidden by a moderator settles its open flags, in the same transaction (posts/posts.service.ts).
    this.events.onWrite('PostHidden', async (e, manager) => {
      if (!e.hidden) return;
      const open = await this.openFlagsOfPost(manager, e.postId);
      await this.close(manager, e.actorId, open, false, `Beitrag ausgeblendet: ${e.reason ?? ''}`);
    });
  }

  /** Any active user reports a post of someone else, once per post. */
  async flag(viewer: Viewer | null, args: FlagPostArgs): Promise<FlagEntity> {
    const reporter = requireActive(viewer);
    const post = await this.ds.getRepository(PostEntity).findOneBy({ id: args.postId });
    if (!post) throw notFound('Der Beitrag');
    if (post.authorId === reporter.id) throw badInput('Eigene Beiträge können Sie nicht melden.');
    if (post.deletedAt) throw badInput('Dieser Beitrag wurde gelöscht.');
    const { reason, comment } = parseFlagReason(args.reason, args.comment ?? null);
    let flag: FlagEntity;
    try {
      flag = await this.ds.getRepository(FlagEntity).save(
        this.ds.getRepository(FlagEntity).create({
          postId: post.id,
          reporterId: reporter.id,
          reason,
          comment: comment || null,
          state: FlagState.OPEN,
        }),
      );
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('Sie haben diesen Beitrag bereits gemeldet.');
      throw err;
    }
    this.events.publish({
      type: 'PostFlagged',
      actorId: reporter.id,
      flagId: flag.id,
      postId: post.id,
      threadId: post.threadId,
    });
    return flag;
  }

  /** Review queue, newest first; board moderators see the flags on their boards only. */
  async list(viewer: Viewer | null, opts: FlagListOptions) {
    const me = requireActive(viewer);
    const limit = pageSize(opts.first);
    const qb = this.ds.getRepository(FlagEntity).createQueryBuilder('f');
    if (!isGlobalModerator(me)) {
      const boards = await moderatedBoardIds(this.ds.manager, me.id);
      if (!boards.length) throw forbidden('Nur die Moderation darf Meldungen sehen.');
      qb.innerJoin(PostEntity, 'p', 'p.id = f.post_id')
        .innerJoin(ThreadEntity, 'th', 'th.id = p.thread_id')
        .innerJoin(TopicEntity, 'tp', 'tp.id = th.topic_id')
        .andWhere('tp.board_id IN (:...boards)', { boards });
    }
    if (opts.state) qb.andWhere('f.state = :state', { state: opts.state });
    return keysetPage(
      qb,
      limit,
      opts.after,
      [
        { column: 'f.created_at', of: (f) => f.createdAt.toISOString() },
        { column: 'f.id', of: (f) => f.id },
      ],
      'DESC',
    );
  }

  async resolve(
    viewer: Viewer | null,
    flagId: string,
    dismiss: boolean,
    note: string | null,
  ): Promise<FlagEntity> {
    const actor = requireActive(viewer);
    return this.ds.transaction(async (manager) => {
      const repo = manager.getRepository(FlagEntity);
      const flag = await repo
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .where('f.id = :flagId', { flagId })
        .getOne();
      if (!flag) throw notFound('Die Meldung');
      await requireBoardModeration(manager, actor, await this.boardOfPost(manager, flag.postId));
      if (flag.state !== FlagState.OPEN) throw conflict('Diese Meldung ist bereits erledigt.');
      await this.close(manager, actor.id, [flag], dismiss, note);
      return flag;
    });
  }

  /** Closes every open flag of one post at once (e.g. after editing or hiding it). */
  async resolveForPost(
    viewer: Viewer | null,
    postId: string,
    dismiss: boolean,
    note: string | null,
  ): Promise<FlagEntity[]> {
    const actor = requireActive(viewer);
    return this.ds.transaction(async (manager) => {
      const post = await manager.getRepository(PostEntity).findOneBy({ id: postId });
      if (!post) throw notFound('Der Beitrag');
      await requireBoardModeration(manager, actor, await this.boardOfPost(manager, post.id));
      const flags = await manager
        .getRepository(FlagEntity)
        .createQueryBuilder('f')
        .setLock('pessimistic_write')
        .where('f.post_id = :postId AND f.state = :open', { postId, open: FlagState.OPEN })
        .orderBy('f.created_at', 'ASC')
        .getMany();
      await this.close(manager, actor.id, flags, dismiss, note);
      return flags;
    });
  }

  /** Inside the caller's transaction: marks open flags as handled and audits each one. */
  private async close(
    manager: EntityManager,
    actorId: string,
    flags: FlagEntity[],
    dismiss: boolean,
    note: string | null,
  ): Promise<void> {
    const now = new Date();
    for (const flag of flags) {
      flag.state = dismiss ? FlagState.DISMISSED : FlagState.RESOLVED;
      flag.resolvedById = actorId;
      flag.resolvedAt = now;
      flag.resolutionNote = note || null;
      await manager.getRepository(FlagEntity).save(flag);
      await this.audit.record(manager, {
        actorId,
        action: dismiss ? 'FLAG_DISMISSED' : 'FLAG_RESOLVED',
        targetType: 'FLAG',
        targetId: flag.id,
        reason: note || null,
      });
    }
  }

  /** Open flags of a post, locked, for closing them together with a moderation of the post. */
  openFlagsOfPost(manager: EntityManager, postId: string): Promise<FlagEntity[]> {
    return manager
      .getRepository(FlagEntity)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.post_id = :postId AND f.state = :open', { postId, open: FlagState.OPEN })
      .getMany();
  }

  private async boardOfPost(manager: EntityManager, postId: string): Promise<string> {
    const rows: { board_id: string }[] = await manager.query(BOARD_OF_POST_SQL, [postId]);
    if (!rows[0]) throw notFound('Der Beitrag');
    return rows[0].board_id;
  }
}
