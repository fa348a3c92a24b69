import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A thread the user keeps for later ("Lesezeichen"). */
@Entity({ name: 'bookmarks' })
export class BookmarkEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'thread_id', type: 'uuid' })
  threadId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
