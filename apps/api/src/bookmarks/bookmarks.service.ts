import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { requireActive } from '../common/permissions/permissions';
import { notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/cursor';
import { isUuid } from '../common/validation/is-uuid';
import {
  bookmarksPageSql,
  ADD_BOOKMARK_SQL,
  BOOKMARKED_SQL,
  COUNT_BOOKMARKS_SQL,
  REMOVE_BOOKMARKS_SQL,
  THREAD_OR_MERGE_TARGET_SQL,
} from './bookmarks.sql';

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
    const rows: { id: string }[] = await this.ds.query(THREAD_OR_MERGE_TARGET_SQL, [threadId]);
    if (!rows.length) throw notFound('Die Frage');
    const id = rows[0].id;
    if (bookmarked) {
      await this.ds.query(ADD_BOOKMARK_SQL, [user.id, id]);
    } else {
      await this.ds.query(REMOVE_BOOKMARKS_SQL, [user.id, [id, threadId]]);
    }
    return id;
  }

  /** The viewer's bookmarks, newest first, keyset on (created_at, thread_id). */
  async list(viewer: Viewer | null, first?: number | null, after?: string | null) {
    const user = requireActive(viewer);
    const limit = pageSize(first);
    const params: unknown[] = [user.id, limit + 1];
    if (after) params.push(...decodeCursor(after, ['date', 'uuid']));
    const [rows, totals] = await Promise.all([
      this.ds.query(bookmarksPageSql(!!after), params) as Promise<BookmarkRow[]>,
      this.ds.query(COUNT_BOOKMARKS_SQL, [user.id]) as Promise<{ n: number }[]>,
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
    const rows: { thread_id: string }[] = await this.ds.query(BOOKMARKED_SQL, [
      userId,
      threadIds.filter(isUuid),
    ]);
    const set = new Set(rows.map((r) => r.thread_id));
    return threadIds.map((id) => set.has(id));
  }
}
