import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { WatchLevel, WatchTarget } from '@forum/shared';
import { requireActive } from '../common/permissions/permissions';
import { notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { isUuid } from '../common/validation/is-uuid';
import {
  TARGET_EXISTS_SQL,
  AUDIENCE_SQL,
  UNWATCH_SQL,
  WATCH_LEVELS_SQL,
  WATCH_SQL,
  WATCH_THREAD_IMPLICITLY_SQL,
} from './watches.sql';

export interface Audience {
  userId: string;
  level: WatchLevel.WATCHING | WatchLevel.MUTED;
}

@Injectable()
export class WatchesService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async setLevel(
    viewer: Viewer | null,
    targetType: WatchTarget,
    targetId: string,
    level: WatchLevel,
  ): Promise<boolean> {
    const user = requireActive(viewer);
    if (!isUuid(targetId)) throw notFound('Das Ziel');
    const exists: unknown[] = await this.ds.query(TARGET_EXISTS_SQL[targetType], [targetId]);
    if (!exists.length) throw notFound('Das Ziel');
    if (level === WatchLevel.NONE) {
      await this.ds.query(UNWATCH_SQL, [user.id, targetType, targetId]);
    } else {
      await this.ds.query(WATCH_SQL, [user.id, targetType, targetId, level]);
    }
    return true;
  }

  /** Authors and repliers watch the thread, unless they already chose a level (a mute stays a mute). */
  async watchImplicitly(
    userId: string,
    threadId: string,
    manager: EntityManager = this.ds.manager,
  ): Promise<void> {
    await manager.query(WATCH_THREAD_IMPLICITLY_SQL, [userId, threadId]);
  }

  /**
   * Who follows a thread, with the level that applies: the most specific explicit level wins
   * (thread over topic over board); representatives of the lead Land watch the topic by default.
   * Only active accounts are returned.
   */
  async audienceOfThread(threadId: string): Promise<Audience[]> {
    // One flat row per explicit watch (and per lead-Land representative), merged here: cheaper for
    // PostgreSQL than grouping and a full outer join, and a thousand rows are nothing for the loop.
    type Scope = 'THREAD' | 'TOPIC' | 'BOARD' | 'LEAD';
    const rows: { user_id: string; scope: Scope; level: Audience['level'] }[] = await this.ds.query(
      AUDIENCE_SQL,
      [threadId],
    );
    const byUser = new Map<string, Partial<Record<Scope, Audience['level']>>>();
    for (const r of rows)
      (byUser.get(r.user_id) ?? byUser.set(r.user_id, {}).get(r.user_id)!)[r.scope] = r.level;
    const audience: Audience[] = [];
    for (const [userId, l] of byUser) {
      const level = l.THREAD ?? l.TOPIC ?? l.LEAD ?? l.BOARD;
      if (level) audience.push({ userId, level });
    }
    return audience;
  }

  /** The viewer's explicit levels for a set of targets (DataLoader batch function). */
  async levelsFor(userId: string, keys: readonly string[]): Promise<WatchLevel[]> {
    const rows: { key: string; level: WatchLevel }[] = await this.ds.query(WATCH_LEVELS_SQL, [userId, keys]);
    const map = new Map(rows.map((r) => [r.key, r.level]));
    return keys.map((k) => map.get(k) ?? WatchLevel.NONE);
  }
}
