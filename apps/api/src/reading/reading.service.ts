import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import { badInput, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { encodeCursor } from '../common/pagination/cursor';
import { isUuid } from '../common/validation/is-uuid';
import { DomainEventsService } from '../events/domain-events.service';
import { ALL_SCOPE_ID } from './read-mark.entity';
import { UnreadCountsCache } from './unread-counts-cache';
import {
  EXISTS_SQL,
  THREAD_READ_STATES_SQL,
  unreadByScopeSql,
  UNREAD_VERSIONS_SQL,
  DROP_SCOPE_MARKS_SQL,
  DROP_THREAD_READS_OF_BOARD_SQL,
  DROP_THREAD_READS_OF_TOPIC_SQL,
  DROP_THREAD_READS_SQL,
  DROP_TOPIC_MARKS_OF_BOARD_SQL,
  MARK_READ_UNTIL_NEW_POST_STEP,
  MARK_READ_UNTIL_POST_SQL,
  MARK_SCOPE_READ_SQL,
  MARK_THREAD_READ_SQL,
  NEWEST_POST_TIME_SQL,
  POST_TIME_IN_THREAD_SQL,
  THREAD_OR_MERGE_TARGET_SQL,
} from './reading.sql';

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
    @Inject(UnreadCountsCache) private readonly counts: UnreadCountsCache,
  ) {}

  onModuleInit(): void {
    // Whoever replies has read the thread up to their reply. (Authors never see their own posts as unread.)
    this.events.onWrite(
      'PostCreated',
      (e, manager) => this.markReadUntilPost(manager, e.actorId, e.postId),
      MARK_READ_UNTIL_NEW_POST_STEP,
    );
  }

  /** Read state of threads for one user (DataLoader batch function). */
  async threadStates(userId: string, threadIds: readonly string[]): Promise<ThreadReadState[]> {
    const rows: {
      id: string;
      is_new: boolean;
      unread: number;
      first_id: string | null;
      prev_id: string | null;
      prev_created_at: Date | null;
    }[] = await this.ds.query(THREAD_READ_STATES_SQL, [userId, threadIds.filter(isUuid)]);
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
  /**
   * Per topic through the instance's cache of counts, valid while the topic's and the user's versions are
   * unchanged: one cheap read of the versions per request, the counting query only for changed topics.
   */
  async unreadByTopic(userId: string, topicIds: readonly string[]): Promise<ScopeUnread[]> {
    const ids = topicIds.filter(isUuid);
    if (!ids.length) return topicIds.map(() => NOTHING_UNREAD);
    const rows: { topic_id: string; version: string; reading: string }[] = await this.ds.query(
      UNREAD_VERSIONS_SQL,
      [userId, ids],
    );
    const reading = rows[0]?.reading ?? '0';
    const versions = new Map(rows.map((r) => [r.topic_id, r.version]));
    const { known, missing } = this.counts.lookup(userId, reading, versions);
    if (missing.length) {
      const computed = await this.unreadByScope(userId, 'th.topic_id', missing);
      const fresh = new Map(missing.map((id, i) => [id, computed[i]]));
      this.counts.store(userId, reading, versions, fresh);
      for (const [id, c] of fresh) known.set(id, c);
    }
    return topicIds.map((k) => known.get(k) ?? NOTHING_UNREAD);
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
      unreadByScopeSql(column),
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
    const threads: { id: string }[] = await this.ds.query(THREAD_OR_MERGE_TARGET_SQL, [threadId]);
    if (!threads.length) throw notFound('Die Frage');
    const id = threads[0].id;
    let until: Date | null;
    if (upToPostId) {
      const posts: { created_at: Date }[] = isUuid(upToPostId)
        ? await this.ds.query(POST_TIME_IN_THREAD_SQL, [upToPostId, id])
        : [];
      if (!posts.length) throw notFound('Der Beitrag');
      until = posts[0].created_at;
    } else {
      const rows: { newest: Date | null }[] = await this.ds.query(NEWEST_POST_TIME_SQL, [id]);
      until = rows[0]?.newest ?? null;
    }
    await this.ds.query(MARK_THREAD_READ_SQL, [user.id, id, until]);
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
        const rows: { marked_at: Date }[] = await m.query(MARK_SCOPE_READ_SQL, [user.id, type, id]);
        return rows[0].marked_at;
      };
      if (scope.topicId) {
        await this.requireExists(m.query.bind(m), 'topics', scope.topicId, 'Das Thema');
        const at = await mark('TOPIC', scope.topicId);
        await m.query(DROP_THREAD_READS_OF_TOPIC_SQL, [user.id, scope.topicId, at]);
      } else if (scope.boardId) {
        await this.requireExists(m.query.bind(m), 'boards', scope.boardId, 'Der Bereich');
        const at = await mark('BOARD', scope.boardId);
        await m.query(DROP_TOPIC_MARKS_OF_BOARD_SQL, [user.id, scope.boardId, at]);
        await m.query(DROP_THREAD_READS_OF_BOARD_SQL, [user.id, scope.boardId, at]);
      } else {
        const at = await mark('ALL', ALL_SCOPE_ID);
        await m.query(DROP_SCOPE_MARKS_SQL, [user.id, at]);
        await m.query(DROP_THREAD_READS_SQL, [user.id, at]);
      }
    });
    return true;
  }

  private async markReadUntilPost(manager: EntityManager, userId: string, postId: string): Promise<void> {
    await manager.query(MARK_READ_UNTIL_POST_SQL, [userId, postId]);
  }

  private async requireExists(
    query: (sql: string, params: unknown[]) => Promise<unknown[]>,
    table: 'topics' | 'boards',
    id: string,
    what: string,
  ): Promise<void> {
    if (!isUuid(id) || !(await query(EXISTS_SQL[table], [id])).length) throw notFound(what);
  }
}
