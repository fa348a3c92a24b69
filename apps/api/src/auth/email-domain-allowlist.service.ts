import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OrganisationKind } from '@forum/shared';
import { conflict, notFound } from '../common/errors/domain-error';
import { isUniqueViolation } from '../common/errors/pg-errors';
import type { Viewer } from '../common/graphql/viewer';
import { requireAdmin } from '../common/permissions/permissions';
import { DomainEventsService, type Write } from '../events/domain-events.service';
import { EmailDomainAllowEntity } from './email-domain-allow.entity';

/** The allow-list for automatic approval (ADMIN only). */
@Injectable()
export class EmailDomainAllowlistService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly events: DomainEventsService,
  ) {}

  list(viewer: Viewer | null): Promise<EmailDomainAllowEntity[]> {
    requireAdmin(viewer);
    return this.ds
      .getRepository(EmailDomainAllowEntity)
      .find({ order: { domain: 'ASC', organisationKind: 'ASC' } });
  }

  async add(viewer: Viewer | null, domain: string, kind: OrganisationKind): Promise<EmailDomainAllowEntity> {
    const actor = requireAdmin(viewer);
    try {
      return await this.events.transaction(async (write) => {
        const entry = await write.manager
          .getRepository(EmailDomainAllowEntity)
          .save({ domain, organisationKind: kind, createdById: actor.id });
        await this.audit(write, actor.id, 'EMAIL_DOMAIN_ALLOWED', entry);
        return entry;
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw conflict('Diese Domain ist für diese Organisationsart bereits freigegeben.');
      throw err;
    }
  }

  async remove(viewer: Viewer | null, domain: string, kind: OrganisationKind): Promise<boolean> {
    const actor = requireAdmin(viewer);
    return this.events.transaction(async (write) => {
      const repo = write.manager.getRepository(EmailDomainAllowEntity);
      const entry = await repo.findOneBy({ domain, organisationKind: kind });
      if (!entry) throw notFound('Der Eintrag');
      await repo.delete({ id: entry.id });
      await this.audit(write, actor.id, 'EMAIL_DOMAIN_REMOVED', entry);
      return true;
    });
  }

  private audit(write: Write, actorId: string, action: string, entry: EmailDomainAllowEntity) {
    return write.audit({
      actorId,
      action,
      targetType: 'EMAIL_DOMAIN',
      targetId: entry.id,
      reason: `${entry.domain} (${entry.organisationKind})`,
    });
  }
}
