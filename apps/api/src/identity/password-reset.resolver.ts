import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { AccountLinkStatus } from './account-link-status';
import { AccountLinkArgs } from './dto/account-link.args';
import { RequestPasswordResetArgs } from './dto/request-password-reset.args';
import { ResetPasswordArgs } from './dto/reset-password.args';
import { PasswordResetService } from './password-reset.service';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Mutation(() => Boolean, {
    description:
      '"Passwort vergessen?": mails a single-use link (60 minutes) when the address has an account; answers true whatever the address',
  })
  requestPasswordReset(@Args() args: RequestPasswordResetArgs, @Ctx() ctx: GqlContext): Promise<boolean> {
    return this.resets.request(args.email, ctx.req.ip ?? 'unknown');
  }

  @Query(() => AccountLinkStatus, { description: 'Whether a password-reset link can still be used' })
  passwordResetLinkStatus(@Args() args: AccountLinkArgs): Promise<AccountLinkStatus> {
    return this.resets.status(args.token);
  }

  @Mutation(() => Boolean, {
    description:
      'Sets a new password with the link from the mail; every session of the account ends and the owner is told by mail',
  })
  resetPassword(@Args() args: ResetPasswordArgs): Promise<boolean> {
    return this.resets.reset(args.token, args.password);
  }
}
