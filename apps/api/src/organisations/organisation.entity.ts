import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationKind } from '@forum/shared';

@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ type: 'text' })
  name!: string;

  /** AGS/ARS for a Kommune, two-letter code for a Land. */
  @Column({ type: 'text', nullable: true })
  code!: string | null;

  /** The Land a Kommune belongs to. */
  @Index()
  @Column({ name: 'land_id', type: 'uuid', nullable: true })
  landId!: string | null;

  @ManyToOne(() => OrganisationEntity, { nullable: true })
  @JoinColumn({ name: 'land_id' })
  land?: OrganisationEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
