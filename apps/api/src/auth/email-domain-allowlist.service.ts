import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, Repository } from 'typeorm';
import type { OrganisationKind } from '@forum/shared';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { requireAdmin } from '../common/permissions/permissions';
import { conflict, notFound } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { isUniqueViolation } from '../common/errors/pg-errors';
import { EmailDomainAllowEntity } from './email-domain-allow.entity';

/** The allow-list for automatic approval (ADMIN only). */
@Injectable()
export class EmailDomainAllowlistService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  list(viewer: Viewer | null): Promise<EmailDomainAllowEntity[]> {
    requireAdmin(viewer);
    return this.ds
      .getRepository(EmailDomainAllowEntity)
      .find({ order: { domain: 'ASC', organisationKind: 'ASC' } });
  }

  async add(viewer: Viewer | null, domain: string, kind: OrganisationKind): Promise<EmailDomainAllowEntity> {
    const actor = requireAdmin(viewer);
    try {
      return await this.ds.transaction(async (manager) => {
        const entry = await manager
          .getRepository(EmailDomainAllowEntity)
          .save({ domain, organisationKind: kind, createdById: actor.id });
        await this.audit(manager.getRepository(AuditEntryEntity), actor.id, 'EMAIL_DOMAIN_ALLOWED', entry);
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
    return this.ds.transaction(async (manager) => {
      const repo = manager.getRepository(EmailDomainAllowEntity);
      const entry = await repo.findOneBy({ domain, organisationKind: kind });
      if (!entry) throw notFound('Der Eintrag');
      await repo.delete({ id: entry.id });
      await this.audit(manager.getRepository(AuditEntryEntity), actor.id, 'EMAIL_DOMAIN_REMOVED', entry);
      return true;
    });
  }

  // AuditService.record only knows the forum's object types; the allow-list entry is its own target type.
  private async audit(
    repo: Repository<AuditEntryEntity>,
    actorId: string,
    action: string,
    entry: EmailDomainAllowEntity,
  ): Promise<void> {
    await repo.insert({
      actorId,
      action,
      targetType: 'EMAIL_DOMAIN',
      targetId: entry.id,
      reason: `${entry.domain} (${entry.organisationKind})`,
    });
  }
}
