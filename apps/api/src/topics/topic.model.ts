import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { TopicEntity } from './topic.entity';

@ObjectType('Topic', { description: 'A Thema: usually one EfA service with its lead Land' })
export class TopicModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'OZG-ID of the EfA service' })
  ozgId!: string | null;

  @Field(() => String, { nullable: true, description: 'LeiKa key (14 digits) where known' })
  leikaKey!: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text status of the service, e.g. "live"' })
  serviceStatus!: string | null;

  @Field(() => String, { nullable: true })
  link!: string | null;

  @Field()
  archived!: boolean;

  boardId!: string;
  leadLandId!: string | null;
}

export function toTopicModel(e: TopicEntity): TopicModel {
  return Object.assign(new TopicModel(), {
    id: e.id,
    title: e.title,
    description: e.description,
    ozgId: e.ozgId,
    leikaKey: e.leikaKey,
    serviceStatus: e.serviceStatus,
    link: e.link,
    archived: e.archived,
    boardId: e.boardId,
    leadLandId: e.leadLandId,
  });
}
