import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ThreadState } from '@forum/shared';
import { requireActive } from '../auth/permissions';
import type { Viewer } from '../common/graphql/viewer';
import { pageSize } from '../common/pagination/cursor';
import { keysetPage } from '../common/pagination/keyset-page';
import { ThreadEntity } from '../threads/thread.entity';

/**
 * Unanswered: still OPEN, no accepted answer and no Land answer yet (an official, visible post after the
 * question — the same rule as the report's "first Land answer").
 */
const UNANSWERED_SQL = `t.state = :open AND t.accepted_post_id IS NULL AND NOT EXISTS (
  SELECT 1 FROM posts p WHERE p.thread_id = t.id AND p.official AND p.deleted_at IS NULL
     AND p.hidden_at IS NULL AND p.created_at > t.created_at)`;

@Injectable()
export class LatestThreadsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** "Neueste" / "Unbeantwortet" across all boards: newest activity first, keyset on (last_activity_at, id). */
  async latest(
    viewer: Viewer | null,
    opts: { first?: number | null; after?: string | null; unansweredOnly?: boolean | null },
  ) {
    requireActive(viewer);
    const limit = pageSize(opts.first);
    const qb = this.ds.getRepository(ThreadEntity).createQueryBuilder('t').where('t.merged_into_id IS NULL');
    if (opts.unansweredOnly) qb.andWhere(UNANSWERED_SQL, { open: ThreadState.OPEN });
    return keysetPage(
      qb,
      limit,
      opts.after,
      [
        { column: 't.last_activity_at', of: (t) => t.lastActivityAt.toISOString() },
        { column: 't.id', of: (t) => t.id },
      ],
      'DESC',
    );
  }
}
