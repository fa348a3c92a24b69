import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One reaction of one user to a post; `kind` is HELPFUL ("hilfreich") for now. */
@Entity({ name: 'post_reactions' })
export class PostReactionEntity {
  @PrimaryColumn({ name: 'post_id', type: 'uuid' })
  postId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: 'HELPFUL';

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
