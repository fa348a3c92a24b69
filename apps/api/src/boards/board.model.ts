import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { GqlContext } from '../common/graphql/gql-context';
import { MethodField } from '../common/graphql/method-field';
import { TopicModel, toTopicModel } from '../topics/topic.model';
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

  // Resolved by methods of the model (MethodField): the board overview lists every board.
  @MethodField('Board', () => [TopicModel])
  async topics(_args: unknown, ctx: GqlContext): Promise<TopicModel[]> {
    return (await ctx.loaders.topicsByBoard.load(this.id)).map(toTopicModel);
  }

  @MethodField('Board', () => Int)
  async threadCount(_args: unknown, ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.boardStats.load(this.id)).threadCount;
  }

  @MethodField('Board', () => Int)
  async postCount(_args: unknown, ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.boardStats.load(this.id)).postCount;
  }

  @MethodField('Board', () => Date, { nullable: true })
  async lastActivityAt(_args: unknown, ctx: GqlContext): Promise<Date | null> {
    return (await ctx.loaders.boardStats.load(this.id)).lastActivityAt;
  }
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
