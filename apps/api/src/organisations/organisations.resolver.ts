import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganisationKind } from '../common/graphql/enums';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
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

  @ResolveField(() => OrganisationModel, { nullable: true, description: 'For a Kommune: its Land' })
  async land(@Parent() org: OrganisationModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel | null> {
    if (!org.landId) return null;
    const land = await ctx.loaders.organisation.load(org.landId);
    return land ? toOrganisationModel(land) : null;
  }
}
