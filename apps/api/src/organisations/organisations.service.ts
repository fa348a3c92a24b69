import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { OrganisationKind } from '@forum/shared';
import { badInput } from '../common/errors/domain-error';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

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
