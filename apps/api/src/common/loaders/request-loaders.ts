import DataLoader from 'dataloader';
import { type DataSource, type EntityTarget, In, type ObjectLiteral } from 'typeorm';
import { BoardEntity } from '../../boards/board.entity';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { PostRevisionEntity } from '../../posts/post-revision.entity';
import { PostEntity } from '../../posts/post.entity';
import { ThreadEntity } from '../../threads/thread.entity';
import { TopicEntity } from '../../topics/topic.entity';
import { UserEntity } from '../../users/user.entity';
import { isUuid } from '../validation/is-uuid';
import type { ReferenceCache, ReferenceKind } from '../../redis/reference-cache';
import { entityRows } from './entity-rows';

export interface ActivityStats {
  threadCount: number;
  openThreadCount: number;
  postCount: number;
  lastActivityAt: Date | null;
}

export interface OrganisationActivity {
  members: number;
  questions: number;
  posts: number;
  officialAnswers: number;
}

const EMPTY_STATS: ActivityStats = { threadCount: 0, openThreadCount: 0, postCount: 0, lastActivityAt: null };

type Cached = { cache: ReferenceCache; kind: ReferenceKind };

/** Values by key: from the reference cache where it has them, the rest (valid ids) loaded and cached. */
async function throughCache<V>(
  cached: Cached | undefined,
  keys: readonly string[],
  load: (missing: string[]) => Promise<Map<string, V>>,
): Promise<Map<string, V>> {
  const found = new Map<string, V>();
  const missing: string[] = [];
  for (const key of keys) {
    const hit = cached?.cache.get<V>(cached.kind, key);
    if (hit !== undefined) found.set(key, hit);
    else if (isUuid(key)) missing.push(key);
  }
  if (missing.length) {
    for (const [key, value] of await load(missing)) {
      found.set(key, value);
      cached?.cache.set(cached.kind, key, value);
    }
  }
  return found;
}

function byId<E extends ObjectLiteral & { id: string }>(
  ds: DataSource,
  entity: EntityTarget<E>,
  cached?: Cached,
  read: (ids: string[]) => Promise<E[]> = (ids) => ds.getRepository(entity).findBy({ id: In(ids) } as never),
) {
  return new DataLoader<string, E | null>(async (ids) => {
    // Only rows found are cached: a row created later is never hidden by the cache.
    const found = await throughCache(cached, ids, async (missing) => {
      return new Map((await read(missing)).map((row) => [row.id, row]));
    });
    return ids.map((id) => found.get(id) ?? null);
  });
}

function grouped<E>(load: (keys: readonly string[]) => Promise<E[]>, keyOf: (row: E) => string) {
  return new DataLoader<string, E[]>(async (keys) => {
    const rows = await load(keys);
    const map = new Map<string, E[]>();
    for (const row of rows) {
      const k = keyOf(row);
      (map.get(k) ?? map.set(k, []).get(k)!).push(row);
    }
    return keys.map((k) => map.get(k) ?? []);
  });
}

function stats(ds: DataSource, sql: string) {
  return new DataLoader<string, ActivityStats>(async (keys) => {
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

/** Request-scoped DataLoaders: every list resolves its relations in one query per relation, never per row. */
export function createLoaders(ds: DataSource, refs?: ReferenceCache) {
  return {
    organisation: byId(ds, OrganisationEntity, refs && { cache: refs, kind: 'organisation' }),
    user: byId(ds, UserEntity, undefined, (ids) => entityRows(ds, UserEntity).byIds(ids)),
    board: byId(ds, BoardEntity, refs && { cache: refs, kind: 'board' }),
    topic: byId(ds, TopicEntity, refs && { cache: refs, kind: 'topic' }),
    thread: byId(ds, ThreadEntity, undefined, (ids) => entityRows(ds, ThreadEntity).byIds(ids)),
    post: byId(ds, PostEntity, undefined, (ids) => entityRows(ds, PostEntity).byIds(ids)),
    topicsByBoard: grouped(
      (boardIds) =>
        ds.getRepository(TopicEntity).find({
          where: { boardId: In([...boardIds]) },
          order: { position: 'ASC', title: 'ASC' },
        }),
      (t) => t.boardId,
    ),
    topicsByLeadLand: grouped(
      (landIds) =>
        ds.getRepository(TopicEntity).find({
          where: { leadLandId: In([...landIds]) },
          order: { title: 'ASC' },
        }),
      (t) => t.leadLandId ?? '',
    ),
    revisionsByPost: grouped(
      (postIds) =>
        ds
          .getRepository(PostRevisionEntity)
          .find({ where: { postId: In([...postIds]) }, order: { createdAt: 'DESC' } }),
      (r) => r.postId,
    ),
    // Read for the viewer's permissions on every thread page; cached like the other reference data.
    boardModeratorIds: new DataLoader<string, string[]>(async (boardIds) => {
      const found = await throughCache(
        refs && { cache: refs, kind: 'boardModerators' },
        boardIds,
        async (missing) => {
          const rows: { board_id: string; user_id: string }[] = await ds.query(
            'SELECT board_id, user_id FROM board_moderators WHERE board_id = ANY($1)',
            [missing],
          );
          return new Map(
            missing.map((id) => [id, rows.filter((r) => r.board_id === id).map((r) => r.user_id)]),
          );
        },
      );
      return boardIds.map((id) => found.get(id) ?? []);
    }),
    /** Activity of an organisation: active members, questions asked, visible posts, official answers. */
    organisationActivity: new DataLoader<string, OrganisationActivity>(async (orgIds) => {
      const rows: (OrganisationActivity & { id: string })[] = await ds.query(
        `SELECT o.id,
                (SELECT count(*) FROM users u WHERE u.organisation_id = o.id AND u.status = 'ACTIVE')::int AS "members",
                (SELECT count(*) FROM threads th JOIN users u ON u.id = th.author_id
                   WHERE u.organisation_id = o.id AND th.merged_into_id IS NULL)::int AS "questions",
                (SELECT count(*) FROM posts p WHERE p.author_organisation_id = o.id AND p.deleted_at IS NULL AND p.hidden_at IS NULL)::int AS "posts",
                (SELECT count(*) FROM posts p WHERE p.author_organisation_id = o.id AND p.official
                   AND p.deleted_at IS NULL AND p.hidden_at IS NULL)::int AS "officialAnswers"
           FROM organisations o WHERE o.id = ANY($1)`,
        [orgIds.filter(isUuid)],
      );
      const map = new Map(rows.map((r) => [r.id, r]));
      return orgIds.map((id) => map.get(id) ?? { members: 0, questions: 0, posts: 0, officialAnswers: 0 });
    }),
    // Kept by the topic_stats trigger (migration TopicStats): no aggregate over threads per request.
    topicStats: stats(
      ds,
      `SELECT topic_id AS key, thread_count, open_thread_count AS open_count, post_count, last_activity_at
         FROM topic_stats WHERE topic_id = ANY($1)`,
    ),
    boardStats: stats(
      ds,
      `SELECT t.board_id AS key, sum(s.thread_count)::int AS thread_count, sum(s.open_thread_count)::int AS open_count,
              sum(s.post_count)::int AS post_count, max(s.last_activity_at) AS last_activity_at
         FROM topic_stats s JOIN topics t ON t.id = s.topic_id
        WHERE t.board_id = ANY($1) GROUP BY t.board_id`,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
