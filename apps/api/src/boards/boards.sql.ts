// Hand-written SQL of the boards feature; services and loaders hold the decisions.

/** Board moderators of boards $1 (ids). */
export const MODERATORS_OF_BOARDS_SQL =
  'SELECT board_id, user_id FROM board_moderators WHERE board_id = ANY($1)';

/** Board moderators of board $1. */
export const MODERATORS_OF_BOARD_SQL = 'SELECT user_id FROM board_moderators WHERE board_id = $1';

/** Boards that users $1 (ids) moderate as board moderators, in the order of the boards. */
export const BOARDS_MODERATED_BY_SQL = `SELECT bm.user_id, bm.board_id FROM board_moderators bm JOIN boards b ON b.id = bm.board_id
              WHERE bm.user_id = ANY($1) ORDER BY b.position, b.title`;

/** Boards that user $1 moderates as a board moderator. */
export const BOARDS_MODERATED_BY_USER_SQL = 'SELECT board_id FROM board_moderators WHERE user_id = $1';

/** The position after the last board. */
export const NEXT_BOARD_POSITION_SQL = 'SELECT COALESCE(max(position) + 1, 0)::int AS next FROM boards';

/** Taken before reordering: no board is created or moved meanwhile. */
export const LOCK_BOARDS_SQL = 'LOCK TABLE boards IN SHARE ROW EXCLUSIVE MODE';
