import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byId, grouped, type LoaderFactory } from '../common/loaders/request-loaders';
import { TopicEntity } from './topic.entity';
import { BOARD_STATS_SQL, TOPIC_STATS_SQL } from './topics.sql';

/** Counters of a topic or a board, kept by the topic_stats trigger (migration TopicStats). */
export interface ActivityStats {
  threadCount: number;
  openThreadCount: number;
  postCount: number;
  lastActivityAt: Date | null;
}

const EMPTY_STATS: ActivityStats = { threadCount: 0, openThreadCount: 0, postCount: 0, lastActivityAt: null };

function stats(sql: string): LoaderFactory<DataLoader<string, ActivityStats>> {
  return (ds) =>
    new DataLoader<string, ActivityStats>(async (keys) => {
      const rows: {
        key: string;
        thread_count: number;
        open_count: number;
        post_count: number;
        last_activity_at: Date | null;
      }[] = await ds.query(sql, [keys]);
      const map = new Map(rows.map((r) => [r.key, r]));
      return keys.map((k) => {
        const r = map.get(k);
        return r
          ? {
              threadCount: r.thread_count,
              openThreadCount: r.open_count,
              postCount: r.post_count,
              lastActivityAt: r.last_activity_at,
            }
          : EMPTY_STATS;
      });
    });
}

/** Topics by id, through the reference cache. */
export const topicById: LoaderFactory<DataLoader<string, TopicEntity | null>> = (ds, refs) =>
  byId(ds, TopicEntity, refs && { store: refs, kind: 'topic' });

/** Board id → its topics in their order. */
export const topicsByBoard: LoaderFactory<DataLoader<string, TopicEntity[]>> = (ds) =>
  grouped(
    (boardIds) =>
      ds.getRepository(TopicEntity).find({
        where: { boardId: In([...boardIds]) },
        order: { position: 'ASC', title: 'ASC' },
      }),
    (t) => t.boardId,
  );

/** Land id → the topics (EfA services) it leads. */
export const topicsByLeadLand: LoaderFactory<DataLoader<string, TopicEntity[]>> = (ds) =>
  grouped(
    (landIds) =>
      ds.getRepository(TopicEntity).find({
        where: { leadLandId: In([...landIds]) },
        order: { title: 'ASC' },
      }),
    (t) => t.leadLandId ?? '',
  );

/** No aggregate over threads per request: the counters are kept by a trigger. */
export const topicStats = stats(TOPIC_STATS_SQL);
export const boardStats = stats(BOARD_STATS_SQL);
