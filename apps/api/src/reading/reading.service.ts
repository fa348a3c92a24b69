import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import { badInput, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { encodeCursor } from '../common/pagination/cursor';
import { isUuid } from '../common/validation/is-uuid';
import { DomainEventsService } from '../events/domain-events.service';
import { ALL_SCOPE_ID } from './read-mark.entity';
import { READ_UNTIL_SQL, UNREAD_POST_SQL } from './reading.sql';

export interface ThreadReadState {
  /** Never opened (and not written) by the viewer. */
  isNew: boolean;
  /** Visible posts by others written after the viewer last read the thread. */
  unreadCount: number;
  firstUnreadPostId: string | null;
  /** `posts(after:)` cursor that starts the page at the first unread post (null: from the start). */
  firstUnreadCursor: string | null;
}

export interface ScopeUnread {
  /** Threads that are new or have unread posts. */
  unreadThreads: number;
  newThreads: number;
}

const READ: ThreadReadState = {
  isNew: false,
  unreadCount: 0,
  firstUnreadPostId: null,
  firstUnreadCursor: null,
};
const NOTHING_UNREAD: ScopeUnread = { unreadThreads: 0, newThreads: 0 };

@Injectable()
export class ReadingService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  onModuleInit(): void {
    // Whoever replies has read the thread up to their reply. (Authors never see their own posts as unread.)
    this.events.onWrite('PostCreated', (e, manager) => this.markReadUntilPost(manager, e.actorId, e.postId));
  }

  /** Read state of threads for one user (DataLoader batch function). */
  async threadStates(userId: string, threadIds: readonly string[]): Promise<ThreadReadState[]> {
    const unread = UNREAD_POST_SQL('p', 'x.read_until');
    const rows: {
      id: string;
      is_new: boolean;
      unread: number;
      first_id: string | null;
      prev_id: string | null;
      prev_created_at: Date | null;
    }[] = await this.ds.query(
      `SELECT th.id, (th.author_id <> $1 AND th.created_at > x.read_until) AS is_new, c.unread,
              fu.id AS first_id, prev.id AS prev_id, prev.created_at AS prev_created_at
         FROM threads th JOIN topics t ON t.id = th.topic_id
         CROSS JOIN LATERAL (SELECT ${READ_UNTIL_SQL} AS read_until) x
         CROSS JOIN LATERAL (SELECT count(*)::int AS unread FROM posts p WHERE p.thread_id = th.id AND ${unread}) c
         LEFT JOIN LATERAL (SELECT p.id, p.created_at FROM posts p WHERE p.thread_id = th.id AND ${unread}
                             ORDER BY p.created_at, p.id LIMIT 1) fu ON true
         LEFT JOIN LATERAL (SELECT p.id, p.created_at FROM posts p
                             WHERE p.thread_id = th.id AND (p.created_at, p.id) < (fu.created_at, fu.id)
                             ORDER BY p.created_at DESC, p.id DESC LIMIT 1) prev ON fu.id IS NOT NULL
        WHERE th.id = ANY($2)`,
      [userId, threadIds.filter(isUuid)],
    );
    const map = new Map(
      rows.map((r): [string, ThreadReadState] => [
        r.id,
        {
          isNew: r.is_new && r.unread > 0,
          unreadCount: r.unread,
          firstUnreadPostId: r.first_id,
          firstUnreadCursor:
            r.prev_id && r.prev_created_at
              ? encodeCursor([r.prev_created_at.toISOString(), r.prev_id])
              : null,
        },
      ]),
    );
    return threadIds.map((id) => map.get(id) ?? READ);
  }

  /** Unread and new threads per topic or per board (DataLoader batch functions). */
  unreadByTopic(userId: string, topicIds: readonly string[]): Promise<ScopeUnread[]> {
    return this.unreadByScope(userId, 'th.topic_id', topicIds);
  }

  unreadByBoard(userId: string, boardIds: readonly string[]): Promise<ScopeUnread[]> {
    return this.unreadByScope(userId, 't.board_id', boardIds);
  }

  private async unreadByScope(
    userId: string,
    column: 'th.topic_id' | 't.board_id',
    keys: readonly string[],
  ): Promise<ScopeUnread[]> {
    // last_activity_at is never older than the thread's newest post, so it cheaply skips read threads.
    const rows: { key: string; unread_threads: number; new_threads: number }[] = await this.ds.query(
      `SELECT ${column} AS key, count(*)::int AS unread_threads,
              count(*) FILTER (WHERE th.author_id <> $1 AND th.created_at > x.read_until)::int AS new_threads
         FROM threads th JOIN topics t ON t.id = th.topic_id
         CROSS JOIN LATERAL (SELECT ${READ_UNTIL_SQL} AS read_until) x
        WHERE ${column} = ANY($2) AND th.merged_into_id IS NULL AND th.last_activity_at > x.read_until
          AND EXISTS (SELECT 1 FROM posts p WHERE p.thread_id = th.id AND ${UNREAD_POST_SQL('p', 'x.read_until')})
        GROUP BY ${column}`,
      [userId, keys.filter(isUuid)],
    );
    const map = new Map(
      rows.map((r) => [r.key, { unreadThreads: r.unread_threads, newThreads: r.new_threads }]),
    );
    return keys.map((k) => map.get(k) ?? NOTHING_UNREAD);
  }

  /**
   * Marks a thread read up to a post (what the client has shown), or up to its newest post. A merged
   * thread is marked through its target. Read marks only ever move forward.
   */
  async markThreadRead(viewer: Viewer | null, threadId: string, upToPostId?: string | null): Promise<string> {
    const user = requireActive(viewer);
    if (!isUuid(threadId)) throw notFound('Die Frage');
    const threads: { id: string }[] = await this.ds.query(
      'SELECT coalesce(merged_into_id, id) AS id FROM threads WHERE id = $1',
      [threadId],
    );
    if (!threads.length) throw notFound('Die Frage');
    const id = threads[0].id;
    let until: Date | null;
    if (upToPostId) {
      const posts: { created_at: Date }[] = isUuid(upToPostId)
        ? await this.ds.query('SELECT created_at FROM posts WHERE id = $1 AND thread_id = $2', [
            upToPostId,
            id,
          ])
        : [];
      if (!posts.length) throw notFound('Der Beitrag');
      until = posts[0].created_at;
    } else {
      const rows: { newest: Date | null }[] = await this.ds.query(
        'SELECT max(created_at) AS newest FROM posts WHERE thread_id = $1',
        [id],
      );
      until = rows[0]?.newest ?? null;
    }
    await this.ds.query(
      `INSERT INTO thread_reads AS tr (user_id, thread_id, read_at)
       VALUES ($1, $2, coalesce($3::timestamptz, date_trunc('milliseconds', now())))
       ON CONFLICT (user_id, thread_id) DO UPDATE SET read_at = greatest(tr.read_at, EXCLUDED.read_at)`,
      [user.id, id, until],
    );
    return id;
  }

  /**
   * "Alles als gelesen markieren": globally, for a board or for a topic. One mark per scope; the finer
   * marks and thread marks it makes redundant are dropped so the tables stay small.
   */
  async markAllRead(
    viewer: Viewer | null,
    scope: { boardId?: string | null; topicId?: string | null },
  ): Promise<boolean> {
    const user = requireActive(viewer);
    if (scope.boardId && scope.topicId)
      throw badInput('Bitte nur einen Bereich oder ein Thema angeben.', {
        topicId: 'Nicht zusammen mit boardId',
      });
    await this.ds.transaction(async (m) => {
      const mark = async (type: 'ALL' | 'BOARD' | 'TOPIC', id: string): Promise<Date> => {
        const rows: { marked_at: Date }[] = await m.query(
          `INSERT INTO read_marks (user_id, scope_type, scope_id, marked_at)
           VALUES ($1, $2, $3, date_trunc('milliseconds', now()))
           ON CONFLICT (user_id, scope_type, scope_id) DO UPDATE SET marked_at = EXCLUDED.marked_at
           RETURNING marked_at`,
          [user.id, type, id],
        );
        return rows[0].marked_at;
      };
      if (scope.topicId) {
        await this.requireExists(m.query.bind(m), 'topics', scope.topicId, 'Das Thema');
        const at = await mark('TOPIC', scope.topicId);
        await m.query(
          `DELETE FROM thread_reads tr USING threads th
            WHERE tr.user_id = $1 AND th.id = tr.thread_id AND th.topic_id = $2 AND tr.read_at <= $3`,
          [user.id, scope.topicId, at],
        );
      } else if (scope.boardId) {
        await this.requireExists(m.query.bind(m), 'boards', scope.boardId, 'Der Bereich');
        const at = await mark('BOARD', scope.boardId);
        await m.query(
          `DELETE FROM read_marks rm USING topics t
            WHERE rm.user_id = $1 AND rm.scope_type = 'TOPIC' AND rm.scope_id = t.id AND t.board_id = $2
              AND rm.marked_at <= $3`,
          [user.id, scope.boardId, at],
        );
        await m.query(
          `DELETE FROM thread_reads tr USING threads th, topics t
            WHERE tr.user_id = $1 AND th.id = tr.thread_id AND t.id = th.topic_id AND t.board_id = $2
              AND tr.read_at <= $3`,
          [user.id, scope.boardId, at],
        );
      } else {
        const at = await mark('ALL', ALL_SCOPE_ID);
        await m.query(
          `DELETE FROM read_marks WHERE user_id = $1 AND scope_type <> 'ALL' AND marked_at <= $2`,
          [user.id, at],
        );
        await m.query('DELETE FROM thread_reads WHERE user_id = $1 AND read_at <= $2', [user.id, at]);
      }
    });
    return true;
  }

  private async markReadUntilPost(manager: EntityManager, userId: string, postId: string): Promise<void> {
    await manager.query(
      `INSERT INTO thread_reads AS tr (user_id, thread_id, read_at)
       SELECT $1, p.thread_id, p.created_at FROM posts p WHERE p.id = $2
       ON CONFLICT (user_id, thread_id) DO UPDATE SET read_at = greatest(tr.read_at, EXCLUDED.read_at)`,
      [userId, postId],
    );
  }

  private async requireExists(
    query: (sql: string, params: unknown[]) => Promise<unknown[]>,
    table: 'topics' | 'boards',
    id: string,
    what: string,
  ): Promise<void> {
    if (!isUuid(id) || !(await query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length)
      throw notFound(what);
  }
}
