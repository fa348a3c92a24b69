import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganisationKind } from '@forum/shared';
import { boardModeratorIds } from '../boards/board-moderators';
import { badInput, forbidden, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { canModerateBoard, isAdmin, requireActive } from '../common/permissions/permissions';
import { DomainEventsService } from '../events/domain-events.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ReferenceCache } from '../redis/reference-cache';
import type { UpdateServiceProfileInput } from './dto/service-profile.input';
import { recordProfileRevision } from './service-profile-history';
import {
  ServiceProfileRevisionModel,
  toReuseLinkModels,
  type ServiceProfileSnapshot,
} from './service-profile.model';
import { TopicEntity } from './topic.entity';
import { PROFILE_REVISIONS_SQL } from './topics.sql';

/** Fields the lead Land's representatives and the moderators may change. */
const EDITOR_FIELDS = ['description', 'serviceStatus', 'contactRole', 'reuseLinks', 'standards'] as const;
/** Fields only administrators change: who leads the service and its catalogue keys. */
const ADMIN_FIELDS = ['leadLandId', 'ozgId', 'leikaKey'] as const;

/** Whether the viewer may edit the Steckbrief of a topic (the fields every editor may change). */
export function canEditProfile(
  viewer: Viewer,
  topic: Pick<TopicEntity, 'leadLandId'>,
  boardModerators: readonly string[],
): boolean {
  return (
    isAdmin(viewer) ||
    canModerateBoard(viewer, boardModerators) ||
    (!!topic.leadLandId && viewer.organisationId === topic.leadLandId)
  );
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The Steckbrief of an EfA service: versioned edits by the lead Land, moderators and administrators. */
@Injectable()
export class ServiceProfileService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
    private readonly refs: ReferenceCache,
  ) {}

  async viewerCanEdit(viewer: Viewer | null, topic: TopicEntity): Promise<boolean> {
    if (!viewer) return false;
    return canEditProfile(viewer, topic, await boardModeratorIds(this.ds.manager, topic.boardId));
  }

  async update(viewer: Viewer | null, input: UpdateServiceProfileInput): Promise<TopicEntity> {
    const actor = requireActive(viewer);
    return this.events.transaction(async (write) => {
      write.afterCommit(() => this.refs.invalidate());
      const topic = await write.manager
        .getRepository(TopicEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id: input.topicId })
        .getOne();
      if (!topic) throw notFound('Das Thema');
      if (!canEditProfile(actor, topic, await boardModeratorIds(write.manager, topic.boardId)))
        throw forbidden('Den Steckbrief bearbeiten das federführende Land und die Moderation.');
      const wantsAdminField = ADMIN_FIELDS.some(
        (f) => input[f] !== undefined && !sameValue(input[f], topic[f]),
      );
      if (wantsAdminField && !isAdmin(actor))
        throw forbidden(
          'Federführendes Land, OZG-ID und LeiKa-Schlüssel ändern nur Administratorinnen und Administratoren.',
        );
      if (input.leadLandId) await this.requireLand(write.manager, input.leadLandId);

      const next: Partial<ServiceProfileSnapshot> = {};
      for (const key of [...EDITOR_FIELDS, ...ADMIN_FIELDS]) {
        const raw = input[key];
        if (raw === undefined) continue;
        next[key] = normalise(key, raw) as never;
      }
      const changed: string[] = [];
      const target = topic as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(next)) {
        if (sameValue(target[key], value)) continue;
        target[key] = value;
        changed.push(key);
      }
      if (!changed.length) return topic;
      await write.manager.getRepository(TopicEntity).save(topic);
      await recordProfileRevision(write.manager, topic, actor.id, changed);
      await write.audit({
        actorId: actor.id,
        action: 'TOPIC_PROFILE_UPDATED',
        targetType: 'TOPIC',
        targetId: topic.id,
        reason: `Steckbrief geändert: ${changed.join(', ')}`,
      });
      return topic;
    });
  }

  async history(topicId: string): Promise<ServiceProfileRevisionModel[]> {
    const rows: {
      id: string;
      editor_id: string | null;
      changed_fields: string[];
      snapshot: ServiceProfileSnapshot;
      created_at: Date;
    }[] = await this.ds.query(PROFILE_REVISIONS_SQL, [topicId]);
    return rows.map((r) =>
      Object.assign(new ServiceProfileRevisionModel(), {
        id: r.id,
        createdAt: r.created_at,
        changedFields: r.changed_fields,
        description: r.snapshot.description,
        serviceStatus: r.snapshot.serviceStatus,
        contactRole: r.snapshot.contactRole,
        reuseLinks: toReuseLinkModels(r.snapshot.reuseLinks ?? []),
        standards: r.snapshot.standards ?? [],
        ozgId: r.snapshot.ozgId,
        leikaKey: r.snapshot.leikaKey,
        editorId: r.editor_id,
        leadLandId: r.snapshot.leadLandId,
      }),
    );
  }

  private async requireLand(manager: EntityManager, organisationId: string): Promise<void> {
    const org = await manager.getRepository(OrganisationEntity).findOneBy({ id: organisationId });
    if (org?.kind !== OrganisationKind.LAND)
      throw badInput('Federführend kann nur ein Land sein.', { leadLandId: 'Kein Land' });
  }
}

/** Empty text clears a field; lists are stored trimmed and without duplicates, null as an empty list. */
function normalise(key: string, raw: unknown): unknown {
  if (key === 'standards') {
    const list = ((raw as string[] | null) ?? []).map((s) => s.trim()).filter(Boolean);
    return [...new Set(list)];
  }
  if (key === 'reuseLinks')
    return ((raw as { model: string; label: string; url: string }[] | null) ?? []).map((l) => ({
      model: l.model,
      label: l.label,
      url: l.url,
    }));
  return raw === '' ? null : raw;
}
