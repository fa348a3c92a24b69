import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BoardModel, toBoardModel } from '../boards/board.model';
import type { GqlContext } from '../common/graphql/gql-context';
import { MethodField } from '../common/graphql/method-field';
import { OrganisationModel, toOrganisationModel } from '../organisations/organisation.model';
import type { TopicEntity } from './topic.entity';
import { boardById } from '../boards/board.loaders';
import { organisationById } from '../organisations/organisation.loaders';
import { topicStats } from './topic.loaders';
import { UserModel, toUserModel } from '../users/user.model';
import { userById } from '../users/user.loaders';
import { ReuseLinkModel, toReuseLinkModels } from './service-profile.model';

@ObjectType('Topic', { description: 'A Thema: usually one EfA service with its lead Land' })
export class TopicModel {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true, description: 'OZG-ID of the EfA service' })
  ozgId!: string | null;

  @Field(() => String, { nullable: true, description: 'LeiKa key (14 digits) where known' })
  leikaKey!: string | null;

  @Field(() => String, { nullable: true, description: 'Free-text status of the service, e.g. "live"' })
  serviceStatus!: string | null;

  @Field(() => String, { nullable: true })
  link!: string | null;

  @Field()
  archived!: boolean;

  @Field(() => String, { nullable: true, description: 'Steckbrief: the role to contact at the lead Land' })
  contactRole!: string | null;

  @Field(() => [ReuseLinkModel], { description: 'Steckbrief: Nachnutzungsmodelle with their links' })
  reuseLinks!: ReuseLinkModel[];

  @Field(() => [String], { description: 'Steckbrief: standards the service uses (XÖV, FIT-Connect, …)' })
  standards!: string[];

  @Field(() => Date, { nullable: true, description: 'Steckbrief: last change' })
  profileUpdatedAt!: Date | null;

  boardId!: string;
  leadLandId!: string | null;
  profileUpdatedById!: string | null;

  @MethodField('Topic', () => UserModel, { nullable: true, description: 'Steckbrief: who changed it last' })
  async profileUpdatedBy(_args: unknown, ctx: GqlContext): Promise<UserModel | null> {
    if (!this.profileUpdatedById) return null;
    const user = await ctx.loaders.get(userById).load(this.profileUpdatedById);
    return user ? toUserModel(user) : null;
  }

  // Resolved by methods of the model (MethodField): the board overview lists every topic.
  @MethodField('Topic', () => BoardModel)
  async board(_args: unknown, ctx: GqlContext): Promise<BoardModel> {
    const board = await ctx.loaders.get(boardById).load(this.boardId);
    if (!board) throw new Error(`Board ${this.boardId} missing for topic ${this.id}`);
    return toBoardModel(board);
  }

  @MethodField('Topic', () => OrganisationModel, {
    nullable: true,
    description: 'Federführendes Land of the EfA service',
  })
  async leadLand(_args: unknown, ctx: GqlContext): Promise<OrganisationModel | null> {
    if (!this.leadLandId) return null;
    const land = await ctx.loaders.get(organisationById).load(this.leadLandId);
    return land ? toOrganisationModel(land) : null;
  }

  @MethodField('Topic', () => Int)
  async threadCount(_args: unknown, ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.get(topicStats).load(this.id)).threadCount;
  }

  @MethodField('Topic', () => Int, {
    description: 'Open questions ("Offen": no official Land answer, none accepted, not closed)',
  })
  async openThreadCount(_args: unknown, ctx: GqlContext): Promise<number> {
    return (await ctx.loaders.get(topicStats).load(this.id)).openThreadCount;
  }

  @MethodField('Topic', () => Date, { nullable: true })
  async lastActivityAt(_args: unknown, ctx: GqlContext): Promise<Date | null> {
    return (await ctx.loaders.get(topicStats).load(this.id)).lastActivityAt;
  }
}

export function toTopicModel(e: TopicEntity): TopicModel {
  return Object.assign(new TopicModel(), {
    id: e.id,
    title: e.title,
    description: e.description,
    ozgId: e.ozgId,
    leikaKey: e.leikaKey,
    serviceStatus: e.serviceStatus,
    link: e.link,
    archived: e.archived,
    contactRole: e.contactRole ?? null,
    reuseLinks: toReuseLinkModels(e.reuseLinks ?? []),
    standards: e.standards ?? [],
    profileUpdatedAt: e.profileUpdatedAt ?? null,
    boardId: e.boardId,
    leadLandId: e.leadLandId,
    profileUpdatedById: e.profileUpdatedById ?? null,
  });
}
