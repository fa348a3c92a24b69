import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { WatchLevel, WatchTarget } from '@forum/shared';
import { requireActive } from '../common/permissions/permissions';
import { notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { isUuid } from '../common/validation/is-uuid';

const TABLE: Record<WatchTarget, string> = {
  [WatchTarget.BOARD]: 'boards',
  [WatchTarget.TOPIC]: 'topics',
  [WatchTarget.THREAD]: 'threads',
};

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
    const exists: unknown[] = await this.ds.query(`SELECT 1 FROM ${TABLE[targetType]} WHERE id = $1`, [
      targetId,
    ]);
    if (!exists.length) throw notFound('Das Ziel');
    if (level === WatchLevel.NONE) {
      await this.ds.query('DELETE FROM watches WHERE user_id = $1 AND target_type = $2 AND target_id = $3', [
        user.id,
        targetType,
        targetId,
      ]);
    } else {
      await this.ds.query(
        `INSERT INTO watches (user_id, target_type, target_id, level) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, target_type, target_id) DO UPDATE SET level = EXCLUDED.level`,
        [user.id, targetType, targetId, level],
      );
    }
    return true;
  }

  /** Authors and repliers watch the thread, unless they already chose a level (a mute stays a mute). */
  async watchImplicitly(
    userId: string,
    threadId: string,
    manager: EntityManager = this.ds.manager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO watches (user_id, target_type, target_id, level) VALUES ($1, 'THREAD', $2, 'WATCHING') ON CONFLICT DO NOTHING`,
      [userId, threadId],
    );
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
      `WITH ctx AS (
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
          WHERE u.status = 'ACTIVE'`,
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
    const rows: { key: string; level: WatchLevel }[] = await this.ds.query(
      `SELECT target_type || ':' || target_id AS key, level FROM watches WHERE user_id = $1 AND (target_type || ':' || target_id) = ANY($2)`,
      [userId, keys],
    );
    const map = new Map(rows.map((r) => [r.key, r.level]));
    return keys.map((k) => map.get(k) ?? WatchLevel.NONE);
  }
}
