import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { AccountLinkArgs } from './dto/account-link.args';
import { RequestEmailChangeArgs } from './dto/request-email-change.args';
import { EmailChangeService } from './email-change.service';

@Resolver()
export class EmailChangeResolver {
  constructor(private readonly changes: EmailChangeService) {}

  @Mutation(() => Boolean, {
    description:
      'Asks for a new e-mail address: a confirmation link goes to it; answers the same whether or not the address is in use',
  })
  requestEmailChange(@Args() args: RequestEmailChangeArgs, @Ctx() ctx: GqlContext): Promise<boolean> {
    return this.changes.request(ctx.viewer, args.newEmail, args.password);
  }

  @Mutation(() => String, {
    description: 'Confirms a new e-mail address with the link from the mail; returns the new address',
  })
  confirmEmailChange(@Args() args: AccountLinkArgs): Promise<string> {
    return this.changes.confirm(args.token);
  }
}
