import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AuditEntryEntity } from '../../audit/audit-entry.entity';
import { ConnectionType } from '../../common/pagination/connection.model';

@ObjectType('AuditEntry', { description: 'An append-only record of a moderation or administration action' })
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'e.g. THREAD_LOCKED, POST_HIDDEN, USER_SUSPENDED' })
  action!: string;

  @Field({ description: 'USER, THREAD, POST, BOARD, TOPIC, FLAG or EMAIL_DOMAIN' })
  targetType!: string;

  @Field(() => ID)
  targetId!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field()
  createdAt!: Date;

  actorId!: string | null;
}

export function toAuditEntryModel(e: AuditEntryEntity): AuditEntryModel {
  return Object.assign(new AuditEntryModel(), {
    id: e.id,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    reason: e.reason,
    createdAt: e.createdAt,
    actorId: e.actorId,
  });
}

export const AuditEntryConnection = ConnectionType(AuditEntryModel, 'AuditEntry');
