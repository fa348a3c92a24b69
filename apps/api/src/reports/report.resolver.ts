import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TagModel, toTagModel } from '../tags/tag.model';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { OrganisationModel, toOrganisationModel } from '../organisations/organisation.model';
import { TopicModel, toTopicModel } from '../topics/topic.model';
import {
  KommunalpaktReportModel,
  LandProgressModel,
  ServiceProgressModel,
  TagProgressModel,
} from './report.models';
import { ReportService } from './report.service';
import { topicById } from '../topics/topic.loaders';
import { organisationById } from '../organisations/organisation.loaders';

@Resolver(() => KommunalpaktReportModel)
export class ReportResolver {
  constructor(private readonly reports: ReportService) {}

  @Query(() => KommunalpaktReportModel, {
    description:
      'Umsetzungsstand per EfA service and per Land over a period (CSV: GET /report.csv?from=&to=)',
  })
  kommunalpaktReport(
    @Ctx() ctx: GqlContext,
    @Args('from', { type: () => Date, nullable: true }) from?: Date,
    @Args('to', { type: () => Date, nullable: true }) to?: Date,
  ): Promise<KommunalpaktReportModel> {
    return this.reports.report(ctx.viewer, { from, to });
  }
}

@Resolver(() => ServiceProgressModel)
export class ServiceProgressResolver {
  @ResolveField(() => TopicModel)
  async topic(@Parent() row: ServiceProgressModel, @Ctx() ctx: GqlContext): Promise<TopicModel> {
    const topic = await ctx.loaders.get(topicById).load(row.topicId);
    if (!topic) throw new Error(`Topic ${row.topicId} missing`);
    return toTopicModel(topic);
  }
}

@Resolver(() => LandProgressModel)
export class LandProgressResolver {
  @ResolveField(() => OrganisationModel)
  async land(@Parent() row: LandProgressModel, @Ctx() ctx: GqlContext): Promise<OrganisationModel> {
    const land = await ctx.loaders.get(organisationById).load(row.landId);
    if (!land) throw new Error(`Land ${row.landId} missing`);
    return toOrganisationModel(land);
  }
}

@Resolver(() => TagProgressModel)
export class TagProgressResolver {
  @ResolveField(() => TagModel)
  tag(@Parent() row: TagProgressModel): TagModel {
    return toTagModel({
      id: row.tagId,
      name: row.tagName,
      slug: row.tagSlug,
      description: row.tagDescription,
    });
  }
}
