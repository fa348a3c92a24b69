import type { EntityManager } from 'typeorm';
import { BOARD_OF_TOPIC_SQL } from './topics.sql';

/** The board a topic lives in (null: no such topic); inside the caller's transaction. */
export async function boardIdOfTopic(manager: EntityManager, topicId: string): Promise<string | null> {
  const rows: { board_id: string }[] = await manager.query(BOARD_OF_TOPIC_SQL, [topicId]);
  return rows[0]?.board_id ?? null;
}
