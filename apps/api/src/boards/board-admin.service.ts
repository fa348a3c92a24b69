import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserStatus } from '@forum/shared';
import { badInput, conflict, notFound } from '../common/errors/domain-error';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { Viewer } from '../common/graphql/viewer';
import { requireAdmin } from '../common/permissions/permissions';
import { isUuid } from '../common/validation/is-uuid';
import { DomainEventsService, type Write } from '../events/domain-events.service';
import { ReferenceCache } from '../redis/reference-cache';
import { UserEntity } from '../users/user.entity';
import { BoardModeratorEntity } from './board-moderator.entity';
import { BoardEntity } from './board.entity';
import { LOCK_BOARDS_SQL, NEXT_BOARD_POSITION_SQL } from './boards.sql';
import type { CreateBoardInput, UpdateBoardInput } from './dto/board.input';

const BOARD_FIELDS = ['slug', 'title', 'description', 'archived'] as const;

/** Boards and board moderators (ADMIN only); every change lands in the audit log. */
@Injectable()
export class BoardAdminService {
  constructor(
    private readonly events: DomainEventsService,
    private readonly refs: ReferenceCache,
  ) {}

  /** One change in one transaction; once committed, the cached copies are dropped everywhere. */
  private change<T>(work: (write: Write) => Promise<T>): Promise<T> {
    return this.events.transaction((write) => {
      write.afterCommit(() => this.refs.invalidate());
      return work(write);
    });
  }

  async assignModerator(viewer: Viewer | null, boardId: string, userId: string): Promise<BoardEntity> {
    const actor = requireAdmin(viewer);
    return this.change(async (write) => {
      const board = await this.board(write.manager, boardId);
      const user = isUuid(userId)
        ? await write.manager.getRepository(UserEntity).findOneBy({ id: userId })
        : null;
      if (!user) throw notFound('Das Konto');
      if (user.status !== UserStatus.ACTIVE)
        throw badInput('Nur aktive Konten können einen Bereich moderieren.', {
          userId: 'Konto nicht aktiv',
        });
      const repo = write.manager.getRepository(BoardModeratorEntity);
      if (await repo.existsBy({ boardId: board.id, userId: user.id }))
        throw conflict('Diese Person moderiert den Bereich bereits.');
      await repo.insert({ boardId: board.id, userId: user.id });
      await write.audit({
        actorId: actor.id,
        action: 'BOARD_MODERATOR_ADDED',
        targetType: 'BOARD',
        targetId: board.id,
        reason: `${user.displayName} (${user.id})`,
      });
      return board;
    });
  }

  async removeModerator(viewer: Viewer | null, boardId: string, userId: string): Promise<BoardEntity> {
    const actor = requireAdmin(viewer);
    return this.change(async (write) => {
      const board = await this.board(write.manager, boardId);
      if (!isUuid(userId)) throw notFound('Die Moderation');
      const result = await write.manager
        .getRepository(BoardModeratorEntity)
        .delete({ boardId: board.id, userId });
      if (!result.affected) throw notFound('Die Moderation');
      const user = await write.manager.getRepository(UserEntity).findOneBy({ id: userId });
      await write.audit({
        actorId: actor.id,
        action: 'BOARD_MODERATOR_REMOVED',
        targetType: 'BOARD',
        targetId: board.id,
        reason: `${user?.displayName ?? ''} (${userId})`,
      });
      return board;
    });
  }

  async createBoard(viewer: Viewer | null, input: CreateBoardInput): Promise<BoardEntity> {
    const actor = requireAdmin(viewer);
    return this.uniqueSlug(() =>
      this.change(async (write) => {
        const repo = write.manager.getRepository(BoardEntity);
        let position = input.position;
        if (position === null || position === undefined) {
          const rows: { next: number }[] = await write.manager.query(NEXT_BOARD_POSITION_SQL);
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
        await write.audit({
          actorId: actor.id,
          action: 'BOARD_CREATED',
          targetType: 'BOARD',
          targetId: board.id,
          reason: board.title,
        });
        return board;
      }),
    );
  }

  async updateBoard(viewer: Viewer | null, input: UpdateBoardInput): Promise<BoardEntity> {
    const actor = requireAdmin(viewer);
    return this.uniqueSlug(() =>
      this.change(async (write) => {
        const board = await this.board(write.manager, input.boardId, true);
        const changedFields: string[] = [];
        const target = board as unknown as Record<string, unknown>;
        for (const key of BOARD_FIELDS) {
          const raw = input[key];
          if (raw === undefined) continue;
          const value = raw === '' ? null : raw;
          if (target[key] === value) continue;
          target[key] = value;
          changedFields.push(key);
        }
        if (!changedFields.length) return board;
        await write.manager.getRepository(BoardEntity).save(board);
        await write.audit({
          actorId: actor.id,
          action: 'BOARD_UPDATED',
          targetType: 'BOARD',
          targetId: board.id,
          reason: `Geändert: ${changedFields.join(', ')}`,
        });
        return board;
      }),
    );
  }

  /** The new order of all boards: exactly every board id once. */
  async reorderBoards(viewer: Viewer | null, boardIds: string[]): Promise<BoardEntity[]> {
    const actor = requireAdmin(viewer);
    return this.change(async (write) => {
      const repo = write.manager.getRepository(BoardEntity);
      await write.manager.query(LOCK_BOARDS_SQL);
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
        await write.audit({
          actorId: actor.id,
          action: 'BOARD_REORDERED',
          targetType: 'BOARD',
          targetId: id,
          reason: `Position ${position + 1}`,
        });
      }
      return ordered;
    });
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

  private async uniqueSlug<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('Diese Kurzbezeichnung ist bereits vergeben.');
      throw err;
    }
  }
}
