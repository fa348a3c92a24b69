// Hand-written SQL of the realtime feature; the services hold the decisions.

/** Whether thread $1 exists (thread:join is checked like a read). */
export const THREAD_EXISTS_SQL = 'SELECT 1 FROM threads WHERE id = $1';

/** Whether topic $1 exists. */
export const TOPIC_EXISTS_SQL = 'SELECT 1 FROM topics WHERE id = $1';

/** The unread notifications of user $1 (kept by a trigger). */
export const UNREAD_COUNT_SQL = 'SELECT unread AS n FROM notification_counters WHERE user_id = $1';
