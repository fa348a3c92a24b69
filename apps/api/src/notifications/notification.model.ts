import { Field, ID, ObjectType } from '@nestjs/graphql';
import { NotificationType } from '../common/graphql/enums';
import type { NotificationEntity } from './notification.entity';

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationType)
  type!: NotificationType;

  @Field()
  read!: boolean;

  @Field()
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'Short text, e.g. the reason of a moderation action' })
  detail!: string | null;

  threadId!: string | null;
  postId!: string | null;
  actorId!: string | null;
}

export function toNotificationModel(e: NotificationEntity): NotificationModel {
  return Object.assign(new NotificationModel(), {
    id: e.id,
    type: e.type,
    read: e.readAt !== null,
    createdAt: e.createdAt,
    detail: e.detail,
    threadId: e.threadId,
    postId: e.postId,
    actorId: e.actorId,
  });
}
