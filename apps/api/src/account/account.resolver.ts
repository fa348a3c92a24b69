import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SESSION_COOKIE } from '../auth/session-token';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AccountService } from './account.service';
import { DataExportService, exportToJson } from './data-export.service';
import { ChangePasswordArgs } from './dto/change-password.args';
import { DeleteAccountArgs } from './dto/delete-account.args';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly account: AccountService,
    private readonly dataExport: DataExportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => String, {
    description:
      '"Meine Daten herunterladen": everything stored about the viewer as JSON (also GET /me/export.json and, readable, /me/export.html)',
  })
  async exportMyData(@Ctx() ctx: GqlContext): Promise<string> {
    return exportToJson(await this.dataExport.export(ctx.viewer));
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password after the current one; the other sessions of the account end',
  })
  changePassword(@Args() args: ChangePasswordArgs, @Ctx() ctx: GqlContext): Promise<boolean> {
    return this.account.changePassword(ctx.viewer, args.currentPassword, args.newPassword);
  }

  @Mutation(() => Boolean, {
    description:
      '"Konto löschen" after re-entering the password: personal data is deleted, posts stay as "Gelöschtes Konto"',
  })
  async deleteMyAccount(@Args() args: DeleteAccountArgs, @Ctx() ctx: GqlContext): Promise<boolean> {
    await this.account.deleteAccount(ctx.viewer, args.password);
    ctx.res.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.secureCookies,
    });
    return true;
  }
}
