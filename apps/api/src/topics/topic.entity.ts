import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A Nachnutzungsmodell of an EfA service and where it is offered. */
export interface ReuseLink {
  model: 'FIT_STORE' | 'MARKTPLATZ' | 'LANDESPLATTFORM' | 'OTHER';
  label: string;
  url: string;
}

/** A topic; usually one EfA service with its lead Land. General topics have no service data. */
@Entity({ name: 'topics' })
export class TopicEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'lead_land_id', type: 'uuid', nullable: true })
  leadLandId!: string | null;

  @Column({ name: 'ozg_id', type: 'text', nullable: true })
  ozgId!: string | null;

  @Column({ name: 'leika_key', type: 'text', nullable: true })
  leikaKey!: string | null;

  @Column({ name: 'service_status', type: 'text', nullable: true })
  serviceStatus!: string | null;

  @Column({ type: 'text', nullable: true })
  link!: string | null;

  /** Steckbrief: the role to contact at the lead Land, e.g. "Produktverantwortung eWA". */
  @Column({ name: 'contact_role', type: 'text', nullable: true })
  contactRole!: string | null;

  /** Steckbrief: where to get the service (Nachnutzungsmodelle with their links). */
  @Column({ name: 'reuse_links', type: 'jsonb', default: () => "'[]'::jsonb" })
  reuseLinks!: ReuseLink[];

  /** Steckbrief: standards the service uses (XÖV standards, FIT-Connect, …). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  standards!: string[];

  @Column({ name: 'profile_updated_at', type: 'timestamptz', nullable: true })
  profileUpdatedAt!: Date | null;

  @Column({ name: 'profile_updated_by_id', type: 'uuid', nullable: true })
  profileUpdatedById!: string | null;

  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
