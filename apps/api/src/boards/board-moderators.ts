import type { EntityManager } from 'typeorm';
import { forbidden } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { canModerateBoard } from '../common/permissions/permissions';
import { BOARDS_MODERATED_BY_USER_SQL, MODERATORS_OF_BOARD_SQL } from './boards.sql';

// Board-aware checks inside a transaction (moderation, hiding posts, flags). The permission rules
// themselves live in common/permissions/permissions.ts; these helpers only fetch the board moderators.

export async function boardModeratorIds(manager: EntityManager, boardId: string): Promise<string[]> {
  const rows: { user_id: string }[] = await manager.query(MODERATORS_OF_BOARD_SQL, [boardId]);
  return rows.map((r) => r.user_id);
}

/** Lock, pin, move, merge, hide, resolve flags: moderators everywhere, board moderators on their boards. */
export async function requireBoardModeration(
  manager: EntityManager,
  viewer: Viewer,
  boardId: string,
  message = 'Nur die Moderation dieses Bereichs darf das.',
): Promise<void> {
  if (!canModerateBoard(viewer, await boardModeratorIds(manager, boardId))) throw forbidden(message);
}

/** Boards the viewer moderates as a board moderator (global moderators moderate all of them). */
export async function moderatedBoardIds(manager: EntityManager, userId: string): Promise<string[]> {
  const rows: { board_id: string }[] = await manager.query(BOARDS_MODERATED_BY_USER_SQL, [userId]);
  return rows.map((r) => r.board_id);
}
