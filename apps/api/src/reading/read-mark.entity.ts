import { Column, Entity, PrimaryColumn } from 'typeorm';

export type ReadScope = 'ALL' | 'BOARD' | 'TOPIC';

/** The scope id of the global mark ("alles als gelesen markieren"). */
export const ALL_SCOPE_ID = '00000000-0000-0000-0000-000000000000';

/** "Mark all read" for a scope: everything in it created up to `markedAt` counts as read. */
@Entity({ name: 'read_marks' })
export class ReadMarkEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'scope_type', type: 'text' })
  scopeType!: ReadScope;

  /** Board or topic id; ALL_SCOPE_ID for the global mark. */
  @PrimaryColumn({ name: 'scope_id', type: 'uuid' })
  scopeId!: string;

  @Column({ name: 'marked_at', type: 'timestamptz' })
  markedAt!: Date;
}
