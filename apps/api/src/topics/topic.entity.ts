import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

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

  @Column({ type: 'int', default: 0 })
  position!: number;

  @Column({ type: 'boolean', default: false })
  archived!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
