import { Field, ObjectType } from '@nestjs/graphql';
import type { DraftEntity } from './draft.entity';

@ObjectType('Draft', {
  description: 'An unsent reply (key thread:<id>) or question (key topic:<id>), kept for every device',
})
export class DraftModel {
  @Field()
  key!: string;

  @Field(() => String, { nullable: true, description: 'Only for questions (topic:<id>)' })
  title!: string | null;

  @Field()
  body!: string;

  @Field()
  updatedAt!: Date;
}

export function toDraftModel(e: DraftEntity): DraftModel {
  return Object.assign(new DraftModel(), {
    key: e.key,
    title: e.title,
    body: e.body,
    updatedAt: e.updatedAt,
  });
}
