import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { WatchLevel, WatchTarget } from '@forum/shared';

/** An explicit watch level; no row means "not set" (NONE), falling back to the wider target. */
@Entity({ name: 'watches' })
export class WatchEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'target_type', type: 'text' })
  targetType!: WatchTarget;

  @PrimaryColumn({ name: 'target_id', type: 'uuid' })
  targetId!: string;

  @Column({ type: 'text' })
  level!: Exclude<WatchLevel, WatchLevel.NONE>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
