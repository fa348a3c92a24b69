import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { OrganisationKind, QuestionProgress } from '@forum/shared';
import { badInput, forbidden } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { pageSize } from '../common/pagination/cursor';
import { keysetPage } from '../common/pagination/keyset-page';
import { requireActive } from '../common/permissions/permissions';
import { isUuid } from '../common/validation/is-uuid';
import { ThreadEntity } from '../threads/thread.entity';
import { progressSql } from '../threads/thread-progress';
import { OPEN_QUESTIONS_FOR_LAND_SQL } from './land-queue.sql';

/** "Fragen an mein Land": the questions in the services the viewer's Land leads. */
@Injectable()
export class LandQueueService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private requireLandRepresentative(viewer: Viewer | null): Viewer {
    const me = requireActive(viewer);
    if (me.organisationKind !== OrganisationKind.LAND) {
      throw forbidden('Diese Liste gibt es nur für Vertreterinnen und Vertreter eines Landes.');
    }
    return me;
  }

  /**
   * Questions in the services the viewer's Land leads, oldest first (keyset on created_at, id). Two tabs:
   * OPEN (no Land has answered officially yet; the default) and LAND_ANSWERED (answered, not yet accepted).
   */
  async landQueue(
    viewer: Viewer | null,
    opts: {
      first?: number | null;
      after?: string | null;
      topicId?: string | null;
      progress?: QuestionProgress | null;
    },
  ) {
    const me = this.requireLandRepresentative(viewer);
    if (opts.topicId && !isUuid(opts.topicId))
      throw badInput('Ungültiges Thema.', { topicId: 'Ungültige ID' });
    const limit = pageSize(opts.first);
    const qb = this.ds
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .innerJoin('topics', 'tp', 'tp.id = t.topic_id')
      .where('tp.lead_land_id = :land', { land: me.organisationId })
      .andWhere(progressSql('t', opts.progress ?? QuestionProgress.OPEN))
      .andWhere('t.merged_into_id IS NULL');
    if (opts.topicId) qb.andWhere('t.topic_id = :topicId', { topicId: opts.topicId });
    return keysetPage(
      qb,
      limit,
      opts.after,
      [
        { column: 't.created_at', of: (t) => t.createdAt.toISOString() },
        { column: 't.id', of: (t) => t.id },
      ],
      'ASC',
    );
  }

  async landQueueCount(viewer: Viewer | null): Promise<number> {
    const me = requireActive(viewer);
    if (me.organisationKind !== OrganisationKind.LAND) return 0;
    const [row]: { n: number }[] = await this.ds.query(OPEN_QUESTIONS_FOR_LAND_SQL, [me.organisationId]);
    return row.n;
  }
}
