import { ALL_SCOPE_ID } from './read-mark.entity';

/**
 * SQL of "up to when has user $1 read thread th (in topic t)": the latest of the thread's own read mark,
 * the global, board and topic marks, and the account's creation (what was written before someone
 * joined does not greet them as unread — the phpBB rule). Needs `th` (threads) and `t` (topics) in scope.
 */
export const READ_UNTIL_SQL = `greatest(
  (SELECT u.created_at FROM users u WHERE u.id = $1),
  (SELECT tr.read_at FROM thread_reads tr WHERE tr.user_id = $1 AND tr.thread_id = th.id),
  (SELECT max(m.marked_at) FROM read_marks m WHERE m.user_id = $1 AND (
     (m.scope_type = 'ALL' AND m.scope_id = '${ALL_SCOPE_ID}')
     OR (m.scope_type = 'BOARD' AND m.scope_id = t.board_id)
     OR (m.scope_type = 'TOPIC' AND m.scope_id = th.topic_id))))`;

/** A post that counts as unread for user $1 when written after `readUntil`: visible and by someone else. */
export const UNREAD_POST_SQL = (alias: string, readUntil: string) =>
  `${alias}.created_at > ${readUntil} AND ${alias}.author_id <> $1
   AND ${alias}.deleted_at IS NULL AND ${alias}.hidden_at IS NULL`;
