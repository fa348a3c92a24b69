import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { WatchLevel, WatchTarget } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { BoardModel } from '../boards/board.model';
import { ThreadModel } from '../threads/thread.model';
import { TopicModel } from '../topics/topic.model';
import { WatchesService } from './watches.service';

const loaders = new WeakMap<GqlContext, DataLoader<string, WatchLevel>>();

function viewerLevel(
  ctx: GqlContext,
  service: WatchesService,
  target: WatchTarget,
  id: string,
): Promise<WatchLevel> {
  const viewer = ctx.viewer;
  if (!viewer) return Promise.resolve(WatchLevel.NONE);
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader((keys) => service.levelsFor(viewer.id, keys));
    loaders.set(ctx, loader);
  }
  return loader.load(`${target}:${id}`);
}

@Resolver()
export class WatchesResolver {
  constructor(private readonly watches: WatchesService) {}

  @Mutation(() => Boolean, {
    description: 'Watch or mute a board, topic or thread; NONE removes the explicit level',
  })
  watch(
    @Args('targetType', { type: () => WatchTarget }) targetType: WatchTarget,
    @Args('targetId', { type: () => ID }) targetId: string,
    @Args('level', { type: () => WatchLevel }) level: WatchLevel,
    @Ctx() ctx: GqlContext,
  ): Promise<boolean> {
    return this.watches.setLevel(ctx.viewer, targetType, targetId, level);
  }
}

@Resolver(() => BoardModel)
export class BoardWatchResolver {
  constructor(private readonly watches: WatchesService) {}

  @ResolveField(() => WatchLevel, { description: "The viewer's explicit watch level" })
  viewerWatchLevel(@Parent() board: BoardModel, @Ctx() ctx: GqlContext) {
    return viewerLevel(ctx, this.watches, WatchTarget.BOARD, board.id);
  }
}

@Resolver(() => TopicModel)
export class TopicWatchResolver {
  constructor(private readonly watches: WatchesService) {}

  @ResolveField(() => WatchLevel, { description: "The viewer's explicit watch level" })
  viewerWatchLevel(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext) {
    return viewerLevel(ctx, this.watches, WatchTarget.TOPIC, topic.id);
  }
}

@Resolver(() => ThreadModel)
export class ThreadWatchResolver {
  constructor(private readonly watches: WatchesService) {}

  @ResolveField(() => WatchLevel, { description: "The viewer's explicit watch level" })
  viewerWatchLevel(@Parent() thread: ThreadModel, @Ctx() ctx: GqlContext) {
    return viewerLevel(ctx, this.watches, WatchTarget.THREAD, thread.id);
  }
}
