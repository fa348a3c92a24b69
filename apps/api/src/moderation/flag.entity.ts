import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { FlagState } from '@forum/shared';
import { FlagReason } from './flag-reason';

/** A report of a post by a user; one per (post, reporter). Moderators resolve or dismiss it. */
@Entity({ name: 'flags' })
export class FlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'post_id', type: 'uuid' })
  postId!: string;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId!: string;

  @Column({ type: 'text' })
  reason!: FlagReason;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'text', default: FlagState.OPEN })
  state!: FlagState;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
