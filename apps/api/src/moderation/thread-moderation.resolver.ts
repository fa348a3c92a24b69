import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import type { ThreadEntity } from '../threads/thread.entity';
import { ThreadModel, toThreadModel } from '../threads/thread.model';
import {
  CloseThreadArgs,
  LockThreadArgs,
  MergeThreadsArgs,
  MoveThreadArgs,
} from './dto/thread-moderation.args';
import { mergedInto } from './moderation-loaders';
import { ThreadModerationService } from './thread-moderation.service';
import { threadById } from '../threads/thread.loaders';

@Resolver(() => ThreadModel)
export class ThreadModerationResolver {
  constructor(private readonly moderation: ThreadModerationService) {}

  private fresh(thread: ThreadEntity, ctx: GqlContext): ThreadModel {
    ctx.loaders.get(threadById).clear(thread.id).prime(thread.id, thread);
    return toThreadModel(thread);
  }

  @Mutation(() => ThreadModel, {
    description: 'Locks a thread against replies, or unlocks it; its status (progress) stays',
  })
  async lockThread(@Args() args: LockThreadArgs, @Ctx() ctx: GqlContext): Promise<ThreadModel> {
    return this.fresh(
      await this.moderation.setLocked(ctx.viewer, args.threadId, args.locked, args.reason),
      ctx,
    );
  }

  @Mutation(() => ThreadModel, {
    description:
      'Closes a question (status Geschlossen) or opens it again (moderators of the board); a lock is separate',
  })
  async closeThread(@Args() args: CloseThreadArgs, @Ctx() ctx: GqlContext): Promise<ThreadModel> {
    return this.fresh(
      await this.moderation.setClosed(ctx.viewer, args.threadId, args.closed, args.reason),
      ctx,
    );
  }

  @Mutation(() => ThreadModel, { description: 'Pins a thread to the top of its topic, or unpins it' })
  async pinThread(
    @Args('threadId', { type: () => ID }) threadId: string,
    @Args('pinned') pinned: boolean,
    @Ctx() ctx: GqlContext,
  ): Promise<ThreadModel> {
    return this.fresh(await this.moderation.setPinned(ctx.viewer, threadId, pinned), ctx);
  }

  @Mutation(() => ThreadModel, {
    description: 'Moves a thread to another topic (requires moderating both boards)',
  })
  async moveThread(@Args() args: MoveThreadArgs, @Ctx() ctx: GqlContext): Promise<ThreadModel> {
    return this.fresh(await this.moderation.move(ctx.viewer, args.threadId, args.topicId, args.reason), ctx);
  }

  @Mutation(() => ThreadModel, {
    description:
      'Moves every post of the source into the target (time order kept) and returns the target; the source then leads to the target',
  })
  async mergeThreads(@Args() args: MergeThreadsArgs, @Ctx() ctx: GqlContext): Promise<ThreadModel> {
    const target = await this.moderation.merge(
      ctx.viewer,
      args.sourceThreadId,
      args.targetThreadId,
      args.reason,
    );
    ctx.loaders.get(threadById).clear(args.sourceThreadId);
    return this.fresh(target, ctx);
  }

  @ResolveField(() => ThreadModel, {
    nullable: true,
    description: 'The thread this one was merged into; thread(id) already answers with that one',
  })
  async mergedInto(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext): Promise<ThreadModel | null> {
    const targetId = await ctx.loaders.get(mergedInto).load(thread.id);
    if (!targetId) return null;
    const target = await ctx.loaders.get(threadById).load(targetId);
    return target ? toThreadModel(target) : null;
  }
}
