import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { BoardEntity } from './board.entity';

@ObjectType('Board', { description: 'A Bereich: one per OZG Themenfeld, plus general boards' })
export class BoardModel {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => Int)
  position!: number;

  @Field()
  archived!: boolean;

  // topics, threadCount, postCount and lastActivityAt: methods declared by topics/board-topics.fields.ts.
}

export function toBoardModel(e: BoardEntity): BoardModel {
  return Object.assign(new BoardModel(), {
    id: e.id,
    slug: e.slug,
    title: e.title,
    description: e.description,
    position: e.position,
    archived: e.archived,
  });
}
