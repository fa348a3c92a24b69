import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { organisationById } from '../organisations/organisation.loaders';
import { OrganisationModel, toOrganisationModel } from '../organisations/organisation.model';
import { TopicModel } from '../topics/topic.model';
import { userById } from '../users/user.loaders';
import { UserModel, toUserModel } from '../users/user.model';
import { SetAdoptionArgs } from './dto/set-adoption.args';
import { AdoptionModel, LandAdoptionModel, toAdoptionModel } from './adoption.model';
import { AdoptionsService, type LandAdoptionRow } from './adoptions.service';

const toLandAdoption = (r: LandAdoptionRow) =>
  Object.assign(new LandAdoptionModel(), {
    landId: r.land_id,
    code: r.code ?? '',
    name: r.name,
    uses: r.uses,
    inProgress: r.in_progress,
    planned: r.planned,
  });

/** Topic.adoptions, the map per Land, and setAdoption. */
@Resolver(() => TopicModel)
export class TopicAdoptionsResolver {
  constructor(private readonly adoptionsService: AdoptionsService) {}

  @ResolveField(() => [AdoptionModel], {
    description: 'Kommunen that use, introduce or plan the service: users first',
  })
  async adoptions(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<AdoptionModel[]> {
    if (!ctx.viewer) return [];
    return (await this.adoptionsService.ofTopics([topic.id])).map(toAdoptionModel);
  }

  @ResolveField(() => AdoptionModel, { nullable: true, description: "The viewer's own Kommune's record" })
  async viewerAdoption(@Parent() topic: TopicModel, @Ctx() ctx: GqlContext): Promise<AdoptionModel | null> {
    const row = await this.adoptionsService.ofViewer(ctx.viewer, topic.id);
    return row ? toAdoptionModel(row) : null;
  }

  @Query(() => [LandAdoptionModel], {
    description: 'Adoption per Land (all 16): of one service, or of all services when topicId is omitted',
  })
  async adoptionMap(
    @Args('topicId', { type: () => ID, nullable: true }) topicId: string | undefined,
    @Ctx() ctx: GqlContext,
  ): Promise<LandAdoptionModel[]> {
    return (await this.adoptionsService.byLand(ctx.viewer, topicId ?? null)).map(toLandAdoption);
  }

  @Mutation(() => AdoptionModel, {
    nullable: true,
    description: "Records the adoption of a service for the viewer's own Kommune; NONE removes it (null)",
  })
  async setAdoption(@Args() args: SetAdoptionArgs, @Ctx() ctx: GqlContext): Promise<AdoptionModel | null> {
    const row = await this.adoptionsService.set(ctx.viewer, args);
    return row ? toAdoptionModel(row) : null;
  }
}

@Resolver(() => AdoptionModel)
export class AdoptionResolver {
  @ResolveField(() => OrganisationModel)
  async organisation(@Parent() adoption: AdoptionModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel> {
    const org = await ctx.loaders.get(organisationById).load(adoption.organisationId);
    if (!org) throw new Error(`Organisation ${adoption.organisationId} missing`);
    return toOrganisationModel(org);
  }

  @ResolveField(() => UserModel, {
    nullable: true,
    description: 'The member of the Kommune who recorded it: the person to ask',
  })
  async recordedBy(@Parent() adoption: AdoptionModel, @Ctx() ctx: GqlContext): Promise<UserModel | null> {
    if (!adoption.recordedById) return null;
    const user = await ctx.loaders.get(userById).load(adoption.recordedById);
    return user ? toUserModel(user) : null;
  }
}
