import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganisationKind, UserStatus } from '@forum/shared';
import { AuditService } from '../audit/audit.service';
import { requireAdmin } from '../common/permissions/permissions';
import { BoardModeratorEntity } from './board-moderator.entity';
import { BoardEntity } from './board.entity';
import { badInput, conflict, notFound } from '../common/errors/domain-error';
import { ReferenceCache } from '../redis/reference-cache';
import type { Viewer } from '../common/graphql/viewer';
import { isUuid } from '../common/validation/is-uuid';
import { isUniqueViolation } from '../common/errors/pg-errors';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { TopicEntity } from '../topics/topic.entity';
import { UserEntity } from '../users/user.entity';
import type { CreateBoardInput, UpdateBoardInput } from './dto/board.input';
import type { CreateTopicInput, UpdateTopicInput } from '../topics/dto/topic.input';

const BOARD_FIELDS = ['slug', 'title', 'description', 'archived'] as const;

const TOPIC_FIELDS = [
  'title',
  'description',
  'leadLandId',
  'ozgId',
  'leikaKey',
  'serviceStatus',
  'link',
  'archived',
  'boardId',
] as const;

/** Boards, topics and board moderators (ADMIN only); every change lands in the audit log. */
@Injectable()
export class BoardAdminService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly refs: ReferenceCache,
  ) {}

  /** Runs a committed change to boards, topics or moderators, then drops the cached copies everywhere. */
  private async changing<T>(work: () => Promise<T>): Promise<T> {
    const result = await work();
    await this.refs.invalidate();
    return result;
  }

  async assignModerator(viewer: Viewer | null, boardId: string, userId: string): Promise<BoardEntity> {
    const actor = requireAdmin(viewer);
    return this.changing(() =>
      this.ds.transaction(async (manager) => {
        const board = await this.board(manager, boardId);
        const user = isUuid(userId)
          ? await manager.getRepository(UserEntity).findOneBy({ id: userId })
          : null;
        if (!user) throw notFound('Das Konto');
        if (user.status !== UserStatus.ACTIVE)
          throw badInput('Nur aktive Konten können einen Bereich moderieren.', {
            userId: 'Konto nicht aktiv',
          });
        const repo = manager.getRepository(BoardModeratorEntity);
        if (await repo.existsBy({ boardId: board.id, userId: user.id }))
          throw conflict('Diese Person moderiert den Bereich bereits.');
        await repo.insert({ boardId: board.id, userId: user.id });
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'BOARD_MODERATOR_ADDED',
          targetType: 'BOARD',
          targetId: board.id,
          reason: `${user.displayName} (${user.id})`,
        });
        return board;
      }),
    );
  }

  async removeModerator(viewer: Viewer | null, boardId: string, userId: string): Promise<BoardEntity> {
    const actor = requireAdmin(viewer);
    return this.changing(() =>
      this.ds.transaction(async (manager) => {
        const board = await this.board(manager, boardId);
        if (!isUuid(userId)) throw notFound('Die Moderation');
        const result = await manager
          .getRepository(BoardModeratorEntity)
          .delete({ boardId: board.id, userId });
        if (!result.affected) throw notFound('Die Moderation');
        const user = await manager.getRepository(UserEntity).findOneBy({ id: userId });
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'BOARD_MODERATOR_REMOVED',
          targetType: 'BOARD',
          targetId: board.id,
          reason: `${user?.displayName ?? ''} (${userId})`,
        });
        return board;
      }),
    );
  }

  async createBoard(viewer: Viewer | null, input: CreateBoardInput): Promise<BoardEntity> {
    const actor = requireAdmin(viewer);
    return this.changing(() =>
      this.uniqueSlug(() =>
        this.ds.transaction(async (manager) => {
          const repo = manager.getRepository(BoardEntity);
          let position = input.position;
          if (position === null || position === undefined) {
            const rows: { next: number }[] = await manager.query(
              'SELECT COALESCE(max(position) + 1, 0)::int AS next FROM boards',
            );
            position = rows[0].next;
          }
          const board = await repo.save(
            repo.create({
              slug: input.slug,
              title: input.title,
              description: input.description || null,
              position,
              archived: false,
            }),
          );
          await this.audit.record(manager, {
            actorId: actor.id,
            action: 'BOARD_CREATED',
            targetType: 'BOARD',
            targetId: board.id,
            reason: board.title,
          });
          return board;
        }),
      ),
    );
  }

  async updateBoard(viewer: Viewer | null, input: UpdateBoardInput): Promise<BoardEntity> {
    const actor = requireAdmin(viewer);
    return this.changing(() =>
      this.uniqueSlug(() =>
        this.ds.transaction(async (manager) => {
          const board = await this.board(manager, input.boardId, true);
          const changed: string[] = [];
          const target = board as unknown as Record<string, unknown>;
          for (const key of BOARD_FIELDS) {
            const raw = input[key];
            if (raw === undefined) continue;
            const value = raw === '' ? null : raw;
            if (target[key] === value) continue;
            target[key] = value;
            changed.push(key);
          }
          if (!changed.length) return board;
          await manager.getRepository(BoardEntity).save(board);
          await this.audit.record(manager, {
            actorId: actor.id,
            action: 'BOARD_UPDATED',
            targetType: 'BOARD',
            targetId: board.id,
            reason: `Geändert: ${changed.join(', ')}`,
          });
          return board;
        }),
      ),
    );
  }

  /** The new order of all boards: exactly every board id once. */
  async reorderBoards(viewer: Viewer | null, boardIds: string[]): Promise<BoardEntity[]> {
    const actor = requireAdmin(viewer);
    return this.changing(() =>
      this.ds.transaction(async (manager) => {
        const repo = manager.getRepository(BoardEntity);
        await manager.query('LOCK TABLE boards IN SHARE ROW EXCLUSIVE MODE');
        const boards = await repo.find();
        const byId = new Map(boards.map((b) => [b.id, b]));
        if (
          boardIds.length !== boards.length ||
          new Set(boardIds).size !== boardIds.length ||
          !boardIds.every((id) => byId.has(id))
        ) {
          throw badInput('Bitte geben Sie jeden Bereich genau einmal an.', {
            boardIds: 'Unvollständige Reihenfolge',
          });
        }
        const ordered: BoardEntity[] = [];
        for (const [position, id] of boardIds.entries()) {
          const board = byId.get(id)!;
          ordered.push(board);
          if (board.position === position) continue;
          board.position = position;
          await repo.update({ id }, { position });
          await this.audit.record(manager, {
            actorId: actor.id,
            action: 'BOARD_REORDERED',
            targetType: 'BOARD',
            targetId: id,
            reason: `Position ${position + 1}`,
          });
        }
        return ordered;
      }),
    );
  }

  async createTopic(viewer: Viewer | null, input: CreateTopicInput): Promise<TopicEntity> {
    const actor = requireAdmin(viewer);
    return this.changing(() =>
      this.ds.transaction(async (manager) => {
        await this.referencedBoard(manager, input.boardId);
        if (input.leadLandId) await this.requireLand(manager, input.leadLandId);
        const repo = manager.getRepository(TopicEntity);
        const rows: { next: number }[] = await manager.query(
          'SELECT COALESCE(max(position) + 1, 0)::int AS next FROM topics WHERE board_id = $1',
          [input.boardId],
        );
        const topic = await repo.save(
          repo.create({
            boardId: input.boardId,
            title: input.title,
            description: input.description || null,
            leadLandId: input.leadLandId ?? null,
            ozgId: input.ozgId || null,
            leikaKey: input.leikaKey || null,
            serviceStatus: input.serviceStatus || null,
            link: input.link || null,
            position: rows[0].next,
            archived: false,
          }),
        );
        await this.audit.record(manager, {
          actorId: actor.id,
          action: 'TOPIC_CREATED',
          targetType: 'TOPIC',
          targetId: topic.id,
          reason: topic.title,
        });
        return topic;
      }),
    );
  }

  async updateTopic(viewer: Viewer | null, input: UpdateTopicInput): Promise<TopicEntity> {
    const actor = requireAdmin(viewer);
    return this.changing(() =>
      this.ds.transaction(async (manager) => {
        const repo = manager.getRepository(TopicEntity);
        const topic = await repo
          .createQueryBuilder('t')
          .setLock('pessimistic_write')
          .where('t.id = :id', { id: input.topicId })
          .getOne();
        if (!topic) throw notFound('Das Thema');
        if (input.boardId !== undefined && input.boardId !== topic.boardId)
          await this.referencedBoard(manager, input.boardId);
        if (input.leadLandId) await this.requireLand(manager, input.leadLandId);
        const changed: string[] = [];
        const target = topic as unknown as Record<string, unknown>;
        for (const key of TOPIC_FIELDS) {
          const raw = input[key];
          if (raw === undefined) continue;
          const value = raw === '' ? null : raw;
          if (target[key] === value) continue;
          target[key] = value;
          changed.push(key);
        }
        if (!changed.length) return topic;
        await repo.save(topic);
        await this.audit.record(manager, {
          actorId: actor.id,
          action: changed.includes('boardId') ? 'TOPIC_MOVED' : 'TOPIC_UPDATED',
          targetType: 'TOPIC',
          targetId: topic.id,
          reason: `Geändert: ${changed.join(', ')}`,
        });
        return topic;
      }),
    );
  }

  private async board(manager: EntityManager, boardId: string, lock = false): Promise<BoardEntity> {
    if (!isUuid(boardId)) throw notFound('Der Bereich');
    const qb = manager
      .getRepository(BoardEntity)
      .createQueryBuilder('b')
      .where('b.id = :boardId', { boardId });
    if (lock) qb.setLock('pessimistic_write');
    const board = await qb.getOne();
    if (!board) throw notFound('Der Bereich');
    return board;
  }

  private async referencedBoard(manager: EntityManager, boardId: string): Promise<void> {
    if (!(await manager.getRepository(BoardEntity).existsBy({ id: boardId })))
      throw badInput('Diesen Bereich gibt es nicht.', { boardId: 'Unbekannter Bereich' });
  }

  private async requireLand(manager: EntityManager, organisationId: string): Promise<void> {
    const org = await manager.getRepository(OrganisationEntity).findOneBy({ id: organisationId });
    if (org?.kind !== OrganisationKind.LAND)
      throw badInput('Federführend kann nur ein Land sein.', { leadLandId: 'Kein Land' });
  }

  private async uniqueSlug<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('Diese Kurzbezeichnung ist bereits vergeben.');
      throw err;
    }
  }
}
