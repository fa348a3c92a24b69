import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { ActivityTodayService } from './activity-today.service';
import { ActivityTodayModel } from './activity-today.model';
import { ActivityModel } from './activity.model';
import { ActivityService } from './activity.service';

@Resolver(() => ActivityModel)
export class ActivityResolver {
  constructor(
    private readonly recent: ActivityService,
    private readonly todayService: ActivityTodayService,
  ) {}

  @Query(() => ActivityTodayModel, {
    description:
      "Counts of today's activity (since midnight, German time) for the presenter view (signed-in users)",
  })
  activityToday(@Ctx() ctx: GqlContext): Promise<ActivityTodayModel> {
    return this.todayService.today(ctx.viewer);
  }

  @Query(() => [ActivityModel], {
    description:
      'The latest public activity, newest first (signed-in users): what the presenter view shows before live events arrive',
  })
  recentActivity(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, defaultValue: 12 }) first: number,
  ): Promise<ActivityModel[]> {
    return this.recent.list(ctx.viewer, first);
  }
}
