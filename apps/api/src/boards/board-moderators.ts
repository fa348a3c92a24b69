import type { EntityManager } from 'typeorm';
import { canModerateBoard } from '../common/permissions/permissions';
import { forbidden } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';

// Board-aware checks inside a moderation transaction. The permission rules themselves live in
// auth/permissions.ts; these helpers only fetch the board moderators they need.

export async function boardModeratorIds(manager: EntityManager, boardId: string): Promise<string[]> {
  const rows: { user_id: string }[] = await manager.query(
    'SELECT user_id FROM board_moderators WHERE board_id = $1',
    [boardId],
  );
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

export async function boardIdOfTopic(manager: EntityManager, topicId: string): Promise<string | null> {
  const rows: { board_id: string }[] = await manager.query('SELECT board_id FROM topics WHERE id = $1', [
    topicId,
  ]);
  return rows[0]?.board_id ?? null;
}

/** Boards the viewer moderates as a board moderator (global moderators moderate all of them). */
export async function moderatedBoardIds(manager: EntityManager, userId: string): Promise<string[]> {
  const rows: { board_id: string }[] = await manager.query(
    'SELECT board_id FROM board_moderators WHERE user_id = $1',
    [userId],
  );
  return rows.map((r) => r.board_id);
}
