import { WatchTarget } from '@forum/shared';

// Hand-written SQL of the watches feature; the service holds the decisions.

/** Whether the watched board, topic or thread $1 exists. */
export const TARGET_EXISTS_SQL: Record<WatchTarget, string> = {
  [WatchTarget.BOARD]: 'SELECT 1 FROM boards WHERE id = $1',
  [WatchTarget.TOPIC]: 'SELECT 1 FROM topics WHERE id = $1',
  [WatchTarget.THREAD]: 'SELECT 1 FROM threads WHERE id = $1',
};

/** User $1 stops watching target $3 of type $2. */
export const UNWATCH_SQL = 'DELETE FROM watches WHERE user_id = $1 AND target_type = $2 AND target_id = $3';

/** User $1 watches target $3 of type $2 at level $4. */
export const WATCH_SQL = `INSERT INTO watches (user_id, target_type, target_id, level) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, target_type, target_id) DO UPDATE SET level = EXCLUDED.level`;

/**
 * Users watch threads (`pairs`: a query or VALUES of user and thread ids) unless they already chose a level
 * (a mute stays a mute).
 */
const watchThreadsImplicitlySql = (pairs: string) =>
  `INSERT INTO watches (user_id, target_type, target_id, level)
     SELECT w.user_id, 'THREAD', w.thread_id, 'WATCHING' FROM (${pairs}) w(user_id, thread_id) ON CONFLICT DO NOTHING`;

/** User $1 watches thread $2 unless they already chose a level. */
export const WATCH_THREAD_IMPLICITLY_SQL = watchThreadsImplicitlySql('VALUES ($1::uuid, $2::uuid)');

/** The author of the new post in `p` watches its thread: a step of the one-statement reply. */
export const WATCH_REPLIED_THREAD_STEP = watchThreadsImplicitlySql('SELECT p.author_id, p.thread_id FROM p');

/** Who follows thread $1: its, its topic's and its board's watchers (active ones), and the staff of the Land that leads the service (LEAD). */
export const AUDIENCE_SQL = `WITH ctx AS (
           SELECT th.id AS thread_id, th.topic_id, t.board_id, t.lead_land_id
             FROM threads th JOIN topics t ON t.id = th.topic_id WHERE th.id = $1)
         SELECT w.user_id, w.target_type AS scope, w.level
           FROM ctx JOIN watches w
                  ON (w.target_type = 'THREAD' AND w.target_id = ctx.thread_id)
                  OR (w.target_type = 'TOPIC' AND w.target_id = ctx.topic_id)
                  OR (w.target_type = 'BOARD' AND w.target_id = ctx.board_id)
                JOIN users u ON u.id = w.user_id AND u.status = 'ACTIVE'
         UNION ALL
         SELECT u.id, 'LEAD', 'WATCHING' FROM ctx JOIN users u ON u.organisation_id = ctx.lead_land_id
          WHERE u.status = 'ACTIVE'`;

/** The levels user $1 chose for targets $2 ("TYPE:id" keys). */
export const WATCH_LEVELS_SQL = `SELECT target_type || ':' || target_id AS key, level FROM watches WHERE user_id = $1 AND (target_type || ':' || target_id) = ANY($2)`;
