import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ThreadState } from '@forum/shared';
import type { UserEntity } from '../users/user.entity';

@Entity({ name: 'threads' })
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'topic_id', type: 'uuid' })
  topicId!: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: ThreadState.OPEN })
  state!: ThreadState;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ type: 'boolean', default: false })
  locked!: boolean;

  @Column({ name: 'accepted_post_id', type: 'uuid', nullable: true })
  acceptedPostId!: string | null;

  /**
   * The first visible official Land answer; kept by triggers on posts (migration QuestionProgress), never
   * written by the app.
   */
  @Column({ name: 'first_land_answer_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  firstLandAnswerAt!: Date | null;

  /** When the accepted answer was marked as the solution. */
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** Visible posts after the question; kept in the same transaction as the post writes. */
  @Column({ name: 'reply_count', type: 'int', default: 0 })
  replyCount!: number;

  @Column({ name: 'last_activity_at', type: 'timestamptz' })
  lastActivityAt!: Date;

  @Column({ name: 'client_id', type: 'uuid', nullable: true })
  clientId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** Loaded with the thread page only (ThreadsService.byId): the author and the number of posts. */
  authorRow?: UserEntity | null;
  postCount?: number;
}
