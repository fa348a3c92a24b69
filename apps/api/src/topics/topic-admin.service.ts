import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrganisationKind } from '@forum/shared';
import { BoardEntity } from '../boards/board.entity';
import { badInput, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { requireAdmin } from '../common/permissions/permissions';
import { DomainEventsService, type Write } from '../events/domain-events.service';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { ReferenceCache } from '../redis/reference-cache';
import type { CreateTopicInput, UpdateTopicInput } from './dto/topic.input';
import { recordProfileRevision } from './service-profile-history';
import { TopicEntity } from './topic.entity';
import { NEXT_TOPIC_POSITION_SQL } from './topics.sql';

const TOPIC_FIELDS = [
  'title',
  'description',
  'leadLandId',
  'ozgId',
  'leikaKey',
  'serviceStatus',
  'link',
  'archived',
  'boardId',
] as const;

/** Topics (EfA services) of the boards (ADMIN only); every change lands in the audit log. */
@Injectable()
export class TopicAdminService {
  constructor(
    private readonly events: DomainEventsService,
    private readonly refs: ReferenceCache,
  ) {}

  /** One change in one transaction; once committed, the cached copies are dropped everywhere. */
  private change<T>(work: (write: Write) => Promise<T>): Promise<T> {
    return this.events.transaction((write) => {
      write.afterCommit(() => this.refs.invalidate());
      return work(write);
    });
  }

  async createTopic(viewer: Viewer | null, input: CreateTopicInput): Promise<TopicEntity> {
    const actor = requireAdmin(viewer);
    return this.change(async (write) => {
      await this.referencedBoard(write.manager, input.boardId);
      if (input.leadLandId) await this.requireLand(write.manager, input.leadLandId);
      const repo = write.manager.getRepository(TopicEntity);
      const rows: { next: number }[] = await write.manager.query(NEXT_TOPIC_POSITION_SQL, [input.boardId]);
      const topic = await repo.save(
        repo.create({
          boardId: input.boardId,
          title: input.title,
          description: input.description || null,
          leadLandId: input.leadLandId ?? null,
          ozgId: input.ozgId || null,
          leikaKey: input.leikaKey || null,
          serviceStatus: input.serviceStatus || null,
          link: input.link || null,
          position: rows[0].next,
          archived: false,
        }),
      );
      await write.audit({
        actorId: actor.id,
        action: 'TOPIC_CREATED',
        targetType: 'TOPIC',
        targetId: topic.id,
        reason: topic.title,
      });
      return topic;
    });
  }

  async updateTopic(viewer: Viewer | null, input: UpdateTopicInput): Promise<TopicEntity> {
    const actor = requireAdmin(viewer);
    return this.change(async (write) => {
      const repo = write.manager.getRepository(TopicEntity);
      const topic = await repo
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.id = :id', { id: input.topicId })
        .getOne();
      if (!topic) throw notFound('Das Thema');
      if (input.boardId !== undefined && input.boardId !== topic.boardId)
        await this.referencedBoard(write.manager, input.boardId);
      if (input.leadLandId) await this.requireLand(write.manager, input.leadLandId);
      const changedFields: string[] = [];
      const target = topic as unknown as Record<string, unknown>;
      for (const key of TOPIC_FIELDS) {
        const raw = input[key];
        if (raw === undefined) continue;
        const value = raw === '' ? null : raw;
        if (target[key] === value) continue;
        target[key] = value;
        changedFields.push(key);
      }
      if (!changedFields.length) return topic;
      await repo.save(topic);
      await recordProfileRevision(write.manager, topic, actor.id, changedFields);
      await write.audit({
        actorId: actor.id,
        action: changedFields.includes('boardId') ? 'TOPIC_MOVED' : 'TOPIC_UPDATED',
        targetType: 'TOPIC',
        targetId: topic.id,
        reason: `Geändert: ${changedFields.join(', ')}`,
      });
      return topic;
    });
  }

  private async referencedBoard(manager: EntityManager, boardId: string): Promise<void> {
    if (!(await manager.getRepository(BoardEntity).existsBy({ id: boardId })))
      throw badInput('Diesen Bereich gibt es nicht.', { boardId: 'Unbekannter Bereich' });
  }

  private async requireLand(manager: EntityManager, organisationId: string): Promise<void> {
    const org = await manager.getRepository(OrganisationEntity).findOneBy({ id: organisationId });
    if (org?.kind !== OrganisationKind.LAND)
      throw badInput('Federführend kann nur ein Land sein.', { leadLandId: 'Kein Land' });
  }
}
