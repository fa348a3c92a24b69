import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { contextLoader } from '../common/loaders/context-loader';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { mapConnection } from '../common/pagination/cursor';
import { toUserModel, UserModel } from '../users/user.model';
import { AuditLogService } from './audit-log.service';
import { describeAuditTargets } from './audit-targets';
import { AuditLogArgs } from './dto/audit-log.args';
import { AuditEntryConnection, AuditEntryModel, toAuditEntryModel } from './models/audit-entry.model';
import { userById } from '../users/user.loaders';

@Resolver(() => AuditEntryModel)
export class AuditLogResolver {
  constructor(
    private readonly auditLogService: AuditLogService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  @Query(() => AuditEntryConnection, {
    description: 'Moderation and administration actions, newest first (moderators); append-only',
  })
  async auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: GqlContext) {
    return mapConnection(await this.auditLogService.list(ctx.viewer, args), toAuditEntryModel);
  }

  @Query(() => [UserModel], {
    description: "Everyone who appears as an actor in the audit log, by name (moderators; the log's filter)",
  })
  async auditActors(@Ctx() ctx: GqlContext): Promise<UserModel[]> {
    return (await this.auditLogService.actors(ctx.viewer)).map(toUserModel);
  }

  private target(entry: AuditEntryModel, ctx: GqlContext) {
    return contextLoader(ctx, 'audit.target', (keys) => describeAuditTargets(this.ds, keys)).load(
      `${entry.targetType}:${entry.targetId}`,
    );
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The object named: question title, post excerpt (with its question), name and organisation, board or topic title; null when it no longer exists',
  })
  async targetLabel(@Parent() entry: AuditEntryModel, @Ctx() ctx: GqlContext): Promise<string | null> {
    return (await this.target(entry, ctx))?.label ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      "Path of the object's page in the web app (e.g. /fragen/<id>); null when it no longer exists",
  })
  async targetPath(@Parent() entry: AuditEntryModel, @Ctx() ctx: GqlContext): Promise<string | null> {
    return (await this.target(entry, ctx))?.path ?? null;
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'null for actions of the system itself' })
  async actor(@Parent() entry: AuditEntryModel, @Ctx() ctx: GqlContext): Promise<UserModel | null> {
    if (!entry.actorId) return null;
    const user = await ctx.loaders.get(userById).load(entry.actorId);
    return user ? toUserModel(user) : null;
  }
}
