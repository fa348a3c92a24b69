import { Field, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { FeedTokensService } from './feed-tokens.service';

@ObjectType('FeedToken', { description: "The viewer's personal feed token (the token itself is shown once)" })
export class FeedTokenModel {
  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt!: Date | null;
}

@Resolver()
export class FeedTokenResolver {
  constructor(private readonly tokens: FeedTokensService) {}

  @Query(() => FeedTokenModel, { nullable: true, description: "The viewer's feed token, if one exists" })
  async feedToken(@Ctx() ctx: GqlContext): Promise<FeedTokenModel | null> {
    const status = await this.tokens.status(ctx.viewer);
    return status ? Object.assign(new FeedTokenModel(), status) : null;
  }

  @Mutation(() => String, {
    description: 'Creates a personal feed token for the Atom feeds, replacing (revoking) the previous one',
  })
  createFeedToken(@Ctx() ctx: GqlContext): Promise<string> {
    return this.tokens.create(ctx.viewer);
  }

  @Mutation(() => Boolean, { description: 'Revokes the feed token: every feed URL with it stops working' })
  revokeFeedToken(@Ctx() ctx: GqlContext): Promise<boolean> {
    return this.tokens.revoke(ctx.viewer);
  }
}
