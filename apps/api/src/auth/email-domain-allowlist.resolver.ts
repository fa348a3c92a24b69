import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { isGlobalModerator } from '../common/permissions/permissions';
import { UserModel } from '../users/user.model';
import { AllowedEmailDomainModel, toAllowedEmailDomainModel } from './allowed-email-domain.model';
import { AllowedEmailDomainArgs } from './dto/allowed-email-domain.args';
import { EmailDomainAllowlistService } from './email-domain-allowlist.service';
import { emailDomainOf } from './registration-rules';

/** The e-mail domain allow-list (administrators) and the domain shown in the approval queue. */
@Resolver(() => UserModel)
export class EmailDomainAllowlistResolver {
  constructor(private readonly allowlist: EmailDomainAllowlistService) {}

  @Query(() => [AllowedEmailDomainModel], {
    description: 'E-mail domains whose registrations are approved at once (administrators)',
  })
  async allowedEmailDomains(@Ctx() ctx: GqlContext): Promise<AllowedEmailDomainModel[]> {
    return (await this.allowlist.list(ctx.viewer)).map(toAllowedEmailDomainModel);
  }

  @Mutation(() => AllowedEmailDomainModel, {
    description:
      'Approves future registrations from this domain for this organisation kind at once (administrators)',
  })
  async addAllowedEmailDomain(
    @Args() args: AllowedEmailDomainArgs,
    @Ctx() ctx: GqlContext,
  ): Promise<AllowedEmailDomainModel> {
    return toAllowedEmailDomainModel(await this.allowlist.add(ctx.viewer, args.domain, args.kind));
  }

  @Mutation(() => Boolean, { description: 'Removes a domain from the allow-list (administrators)' })
  async removeAllowedEmailDomain(
    @Args() args: AllowedEmailDomainArgs,
    @Ctx() ctx: GqlContext,
  ): Promise<boolean> {
    return this.allowlist.remove(ctx.viewer, args.domain, args.kind);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Domain of the e-mail address, for the approval queue (moderators only)',
  })
  emailDomain(@Parent() user: UserModel, @Ctx() ctx: GqlContext): string | null {
    if (!ctx.viewer || !isGlobalModerator(ctx.viewer)) return null;
    return emailDomainOf(user.privateEmail);
  }
}
