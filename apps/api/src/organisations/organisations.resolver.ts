import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationKind as Kind } from '@forum/shared';
import { OrganisationActivityModel } from './organisation-activity.model';
import { OrganisationKind } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { organisationActivity, organisationById } from './organisation.loaders';
import { OrganisationModel, toOrganisationModel } from './organisation.model';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(private readonly organisationsService: OrganisationsService) {}

  @Query(() => [OrganisationModel], { description: 'Organisations, also for guests (registration form)' })
  async organisations(
    @Args('kind', { type: () => OrganisationKind, nullable: true }) kind?: OrganisationKind,
    @Args('search', { type: () => String, nullable: true }) search?: string,
  ): Promise<OrganisationModel[]> {
    return (await this.organisationsService.list(kind, search)).map(toOrganisationModel);
  }

  @Query(() => OrganisationModel, { nullable: true })
  async organisation(
    @Args('id', { type: () => ID }) id: string,
    @Ctx() ctx: GqlContext,
  ): Promise<OrganisationModel | null> {
    const org = await this.organisationsService.byId(ctx.viewer, id);
    return org ? toOrganisationModel(org) : null;
  }

  @Query(() => [OrganisationModel], {
    description: 'Kommunen taking part (with active accounts), optionally of one Land',
  })
  async participatingKommunen(
    @Ctx() ctx: GqlContext,
    @Args('landId', { type: () => ID, nullable: true }) landId?: string,
  ): Promise<OrganisationModel[]> {
    return (await this.organisationsService.participatingKommunen(ctx.viewer, landId)).map(
      toOrganisationModel,
    );
  }

  @ResolveField(() => OrganisationActivityModel, { nullable: true, description: 'Null for guests' })
  async activity(@Parent() org: OrganisationModel, @Ctx() ctx: GqlContext) {
    return ctx.viewer ? ctx.loaders.get(organisationActivity).load(org.id) : null;
  }

  @ResolveField(() => [OrganisationModel], { description: 'For a Land: its Kommunen in the forum' })
  async kommunen(@Parent() org: OrganisationModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel[]> {
    if (org.kind !== Kind.LAND || !ctx.viewer) return [];
    return (await this.organisationsService.kommunenOf(org.id)).map(toOrganisationModel);
  }

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'For a Kommune: its Land' })
  async land(@Parent() org: OrganisationModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel | null> {
    if (!org.landId) return null;
    const land = await ctx.loaders.get(organisationById).load(org.landId);
    return land ? toOrganisationModel(land) : null;
  }
}
