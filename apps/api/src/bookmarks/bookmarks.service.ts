import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import { notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/cursor';
import { isUuid } from '../common/validation/is-uuid';

export interface BookmarkRow {
  threadId: string;
  /** The thread shown: merged threads lead to their target. */
  shownThreadId: string;
  createdAt: Date;
}

@Injectable()
export class BookmarksService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Adds or removes a bookmark (idempotent both ways); a merged thread is bookmarked as its target. */
  async setBookmark(viewer: Viewer | null, threadId: string, bookmarked: boolean): Promise<string> {
    const user = requireActive(viewer);
    if (!isUuid(threadId)) throw notFound('Die Frage');
    const rows: { id: string }[] = await this.ds.query(
      'SELECT coalesce(merged_into_id, id) AS id FROM threads WHERE id = $1',
      [threadId],
    );
    if (!rows.length) throw notFound('Die Frage');
    const id = rows[0].id;
    if (bookmarked) {
      await this.ds.query(
        'INSERT INTO bookmarks (user_id, thread_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [user.id, id],
      );
    } else {
      await this.ds.query('DELETE FROM bookmarks WHERE user_id = $1 AND thread_id = ANY($2)', [
        user.id,
        [id, threadId],
      ]);
    }
    return id;
  }

  /** The viewer's bookmarks, newest first, keyset on (created_at, thread_id). */
  async list(viewer: Viewer | null, first?: number | null, after?: string | null) {
    const user = requireActive(viewer);
    const limit = pageSize(first);
    const params: unknown[] = [user.id, limit + 1];
    let keyset = '';
    if (after) {
      const [createdAt, threadId] = decodeCursor(after, ['date', 'uuid']);
      params.push(createdAt, threadId);
      keyset = 'AND (b.created_at, b.thread_id) < ($3, $4)';
    }
    const [rows, totals] = await Promise.all([
      this.ds.query(
        `SELECT b.thread_id AS "threadId", coalesce(th.merged_into_id, th.id) AS "shownThreadId",
                b.created_at AS "createdAt"
           FROM bookmarks b JOIN threads th ON th.id = b.thread_id
          WHERE b.user_id = $1 ${keyset}
          ORDER BY b.created_at DESC, b.thread_id DESC LIMIT $2`,
        params,
      ) as Promise<BookmarkRow[]>,
      this.ds.query('SELECT count(*)::int AS n FROM bookmarks WHERE user_id = $1', [user.id]) as Promise<
        { n: number }[]
      >,
    ]);
    return toConnection(
      rows,
      limit,
      (b) => encodeCursor([b.createdAt.toISOString(), b.threadId]),
      (b) => b,
      totals[0].n,
    );
  }

  /** Which of the threads the user has bookmarked (DataLoader batch function). */
  async bookmarked(userId: string, threadIds: readonly string[]): Promise<boolean[]> {
    const rows: { thread_id: string }[] = await this.ds.query(
      'SELECT thread_id FROM bookmarks WHERE user_id = $1 AND thread_id = ANY($2)',
      [userId, threadIds.filter(isUuid)],
    );
    const set = new Set(rows.map((r) => r.thread_id));
    return threadIds.map((id) => set.has(id));
  }
}
