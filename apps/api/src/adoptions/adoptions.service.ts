import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AdoptionStatus, OrganisationKind } from '@forum/shared';
import { badInput, forbidden, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { requireActive } from '../common/permissions/permissions';
import { isUuid } from '../common/validation/is-uuid';
import { DomainEventsService } from '../events/domain-events.service';
import type { AdoptionRow } from './adoption.model';
import {
  ADOPTION_BY_LAND_SQL,
  ADOPTION_SQL,
  ADOPTIONS_OF_TOPICS_SQL,
  DELETE_ADOPTION_SQL,
  UPSERT_ADOPTION_SQL,
} from './adoptions.sql';

export interface LandAdoptionRow {
  land_id: string;
  code: string | null;
  name: string;
  uses: number;
  in_progress: number;
  planned: number;
}

const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** The adoption map: each Kommune records for itself which EfA services it uses, introduces or plans. */
@Injectable()
export class AdoptionsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  ofTopics(topicIds: readonly string[]): Promise<AdoptionRow[]> {
    return this.ds.query(ADOPTIONS_OF_TOPICS_SQL, [topicIds]);
  }

  async ofViewer(viewer: Viewer | null, topicId: string): Promise<AdoptionRow | null> {
    if (!viewer || viewer.organisationKind !== OrganisationKind.KOMMUNE) return null;
    const [row]: AdoptionRow[] = await this.ds.query(ADOPTION_SQL, [topicId, viewer.organisationId]);
    return row ?? null;
  }

  async byLand(viewer: Viewer | null, topicId: string | null): Promise<LandAdoptionRow[]> {
    requireActive(viewer);
    if (topicId && !isUuid(topicId)) throw badInput('Ungültiges Thema.', { topicId: 'Ungültige ID' });
    return this.ds.query(ADOPTION_BY_LAND_SQL, [topicId]);
  }

  /** Records, changes or (NONE) removes the adoption of a service by the viewer's own Kommune. */
  async set(
    viewer: Viewer | null,
    args: { topicId: string; status: AdoptionStatus; model?: string | null; since?: Date | null },
  ): Promise<AdoptionRow | null> {
    const actor = requireActive(viewer);
    if (actor.organisationKind !== OrganisationKind.KOMMUNE)
      throw forbidden('Den Umsetzungsstand trägt eine Kommune für sich selbst ein.');
    const since = args.since ?? null;
    if (since && (since.getTime() < EARLIEST || since.getTime() >= LATEST))
      throw badInput('Bitte geben Sie ein Datum zwischen 2000 und 2099 an.', { since: 'Datum außerhalb' });
    return this.events.transaction(async (write) => {
      const topic: unknown[] = await write.manager.query(
        'SELECT 1 FROM topics WHERE id = $1 AND NOT archived',
        [args.topicId],
      );
      if (!topic.length) throw notFound('Das Thema');
      if (args.status === AdoptionStatus.NONE) {
        await write.manager.query(DELETE_ADOPTION_SQL, [args.topicId, actor.organisationId]);
        return null;
      }
      await write.manager.query(UPSERT_ADOPTION_SQL, [
        actor.organisationId,
        args.topicId,
        args.status,
        args.model || null,
        since,
        actor.id,
      ]);
      const [row]: AdoptionRow[] = await write.manager.query(ADOPTION_SQL, [
        args.topicId,
        actor.organisationId,
      ]);
      return row;
    });
  }
}
