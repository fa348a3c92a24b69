import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Up to when a user has read a thread: posts created later (by others) are unread. */
@Entity({ name: 'thread_reads' })
export class ThreadReadEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @Column({ name: 'read_at', type: 'timestamptz' })
  readAt!: Date;
}
