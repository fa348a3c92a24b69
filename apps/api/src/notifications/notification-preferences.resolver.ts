import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NotificationType } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { DigestFrequency } from './notification-defaults';
import { NotificationPreferenceModel } from './notification-preference.model';
import { NotificationPreferencesService } from './notification-preferences.service';

@Resolver(() => NotificationPreferenceModel)
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Query(() => [NotificationPreferenceModel], {
    description: "The viewer's choice per notification type (defaults filled in)",
  })
  notificationPreferences(@Ctx() ctx: GqlContext): Promise<NotificationPreferenceModel[]> {
    return this.preferences.list(ctx.viewer);
  }

  @Query(() => DigestFrequency, { description: 'How often the viewer gets the e-mail digest' })
  digestFrequency(@Ctx() ctx: GqlContext): Promise<DigestFrequency> {
    return this.preferences.digestFrequency(ctx.viewer);
  }

  @Mutation(() => NotificationPreferenceModel, {
    description:
      'Sets both channels of one notification type: inApp false also stops storing it; email sends one mail each',
  })
  setNotificationPreference(
    @Ctx() ctx: GqlContext,
    @Args('type', { type: () => NotificationType }) type: NotificationType,
    @Args('inApp') inApp: boolean,
    @Args('email') email: boolean,
  ): Promise<NotificationPreferenceModel> {
    return this.preferences.set(ctx.viewer, type, inApp, email);
  }

  @Mutation(() => DigestFrequency, { description: 'NEVER, DAILY or WEEKLY (the default)' })
  setDigestFrequency(
    @Ctx() ctx: GqlContext,
    @Args('frequency', { type: () => DigestFrequency }) frequency: DigestFrequency,
  ): Promise<DigestFrequency> {
    return this.preferences.setDigestFrequency(ctx.viewer, frequency);
  }
}
