import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { toUserModel, UserModel } from '../users/user.model';
import { AuditLogService } from './audit-log.service';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEntryConnection, AuditEntryModel, toAuditEntryModel } from './models/audit-entry.model';

@Resolver(() => AuditEntryModel)
export class AuditLogResolver {
  constructor(private readonly auditLogService: AuditLogService) {}

  @Query(() => AuditEntryConnection, {
    description: 'Moderation and administration actions, newest first (moderators); append-only',
  })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: GqlContext) {
    return mapConnection(await this.auditLogService.list(ctx.viewer, args), toAuditEntryModel);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'null for actions of the system itself' })
  async actor(@Parent() entry: AuditEntryModel, @Ctx() ctx: GqlContext): Promise<UserModel | null> {
    if (!entry.actorId) return null;
    const user = await ctx.loaders.user.load(entry.actorId);
    return user ? toUserModel(user) : null;
  }
}
