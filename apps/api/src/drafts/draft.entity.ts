import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An unsent reply (`thread:<id>`) or question (`topic:<id>`), kept on the server for every device. */
@Entity({ name: 'drafts' })
export class DraftEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
