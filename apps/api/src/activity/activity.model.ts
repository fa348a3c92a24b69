import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ActivityPayload } from '@forum/shared';

export const ActivityKind = {
  QUESTION: 'QUESTION',
  ANSWER: 'ANSWER',
  OFFICIAL_ANSWER: 'OFFICIAL_ANSWER',
  ANSWER_ACCEPTED: 'ANSWER_ACCEPTED',
  KOMMUNE_JOINED: 'KOMMUNE_JOINED',
  ACCOUNT_APPROVED: 'ACCOUNT_APPROVED',
  POST_FLAGGED: 'POST_FLAGGED',
  POST_HIDDEN: 'POST_HIDDEN',
} as const satisfies Record<ActivityPayload['kind'], ActivityPayload['kind']>;

registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description:
    'What happened, as in the `activity` Socket.IO event of the presenter view; KOMMUNE_JOINED: an account of a Kommune was approved',
});

@ObjectType('ActivityActor', { description: 'Who acted: name and organisation only' })
export class ActivityActorModel {
  @Field()
  displayName!: string;

  @Field()
  organisation!: string;
}

@ObjectType('ActivityRef', { description: 'A thread or topic an activity refers to' })
export class ActivityRefModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;
}

@ObjectType('Activity', {
  description:
    'One entry of the public activity stream (the payload of the `activity` event); never post content or reporters',
})
export class ActivityModel {
  @Field(() => ActivityKind)
  kind!: ActivityPayload['kind'];

  @Field()
  at!: Date;

  @Field(() => ActivityActorModel, { nullable: true })
  actor!: ActivityActorModel | null;

  @Field(() => ActivityRefModel, { nullable: true })
  thread!: ActivityRefModel | null;

  @Field(() => ActivityRefModel, { nullable: true })
  topic!: ActivityRefModel | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The post an answer, acceptance, flag or hide is about (a hidden post withdraws its entries)',
  })
  postId!: string | null;
}
