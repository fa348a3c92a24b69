import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A user who moderates one board (PRODUCT.md: "board moderator", acts on own boards only). */
@Entity({ name: 'board_moderators' })
export class BoardModeratorEntity {
  @PrimaryColumn({ name: 'board_id', type: 'uuid' })
  boardId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
