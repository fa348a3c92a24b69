import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { QuestionProgress } from '@forum/shared';
import { requireActive } from '../common/permissions/permissions';
import type { Viewer } from '../common/graphql/viewer';
import { pageSize } from '../common/pagination/cursor';
import { keysetPage } from '../common/pagination/keyset-page';
import { ThreadEntity } from '../threads/thread.entity';
import { progressSql } from '../threads/thread-progress';

@Injectable()
export class LatestThreadsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** "Neueste" / "Unbeantwortet" across all boards: newest activity first, keyset on (last_activity_at, id). */
  async latest(
    viewer: Viewer | null,
    opts: {
      first?: number | null;
      after?: string | null;
      unansweredOnly?: boolean | null;
      progress?: QuestionProgress | null;
    },
  ) {
    requireActive(viewer);
    const limit = pageSize(opts.first);
    const qb = this.ds.getRepository(ThreadEntity).createQueryBuilder('t').where('t.merged_into_id IS NULL');
    // "Unbeantwortet" is the status Offen: no official Land answer, none accepted, not closed.
    const progress = opts.progress ?? (opts.unansweredOnly ? QuestionProgress.OPEN : null);
    if (progress) qb.andWhere(progressSql('t', progress));
    if (opts.progress && opts.unansweredOnly) qb.andWhere(progressSql('t', QuestionProgress.OPEN));
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
