import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OrganisationKind } from '@forum/shared';
import { requireActive } from '../common/permissions/permissions';
import { badInput } from '../common/errors/domain-error';
import type { Viewer } from '../common/graphql/viewer';
import { isUuid } from '../common/validation/is-uuid';
import { OrganisationEntity } from './organisation.entity';
import { HAS_ACTIVE_MEMBERS_SQL } from './organisations.sql';

@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async byId(viewer: Viewer | null, id: string): Promise<OrganisationEntity | null> {
    requireActive(viewer);
    if (!isUuid(id)) return null;
    return this.ds.getRepository(OrganisationEntity).findOneBy({ id });
  }

  /** Kommunen with at least one active account, optionally of one Land, by name. */
  async participatingKommunen(viewer: Viewer | null, landId?: string | null): Promise<OrganisationEntity[]> {
    requireActive(viewer);
    if (landId && !isUuid(landId)) return [];
    const qb = this.ds
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .where("o.kind = 'KOMMUNE'")
      .andWhere(HAS_ACTIVE_MEMBERS_SQL);
    if (landId) qb.andWhere('o.land_id = :landId', { landId });
    return qb.orderBy('o.name', 'ASC').getMany();
  }

  kommunenOf(landId: string): Promise<OrganisationEntity[]> {
    return this.ds.getRepository(OrganisationEntity).find({ where: { landId }, order: { name: 'ASC' } });
  }

  /** The registration form's list: by kind, optionally filtered by a name or code fragment. */
  async list(kind?: OrganisationKind | null, search?: string | null): Promise<OrganisationEntity[]> {
    if (search && search.length > 100)
      throw badInput('Der Suchbegriff ist zu lang.', { search: 'Höchstens 100 Zeichen' });
    const qb = this.ds.getRepository(OrganisationEntity).createQueryBuilder('o');
    if (kind) qb.andWhere('o.kind = :kind', { kind });
    const term = search?.trim();
    if (term) {
      const escaped = term.replace(/[\\%_]/g, (c) => `\\${c}`);
      qb.andWhere('(o.name ILIKE :like OR o.code LIKE :prefix)', {
        like: `%${escaped}%`,
        prefix: `${escaped}%`,
      });
    }
    return qb.orderBy('o.kind', 'ASC').addOrderBy('o.name', 'ASC').limit(500).getMany();
  }
}
