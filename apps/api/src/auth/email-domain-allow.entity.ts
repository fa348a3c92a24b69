import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationKind } from '@forum/shared';

/**
 * An e-mail domain whose registrations are approved at once, for one organisation kind only
 * (e.g. "hessen.de" for LAND), so an address of a Land cannot open an account for a Kommune unchecked.
 */
@Entity({ name: 'email_domain_allowlist' })
export class EmailDomainAllowEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower case, without "@". */
  @Column({ type: 'text' })
  domain!: string;

  @Column({ name: 'organisation_kind', type: 'text' })
  organisationKind!: OrganisationKind;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
