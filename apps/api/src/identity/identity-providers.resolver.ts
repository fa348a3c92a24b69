import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Ctx } from '../common/graphql/current-context.decorator';
import type { GqlContext } from '../common/graphql/gql-context';
import { requireAdmin } from '../common/permissions/permissions';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { IdentityProviderModel, SignInOptionsModel } from './identity-provider.model';
import { LINKED_ACCOUNTS_SQL } from './identity.sql';

@Resolver()
export class IdentityProvidersResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  @Query(() => SignInOptionsModel, {
    description: 'The sign-in page: password form or not, provider buttons',
  })
  signInOptions(): SignInOptionsModel {
    return {
      passwordLogin: this.config.passwordLogin,
      providers: this.config.oidcProviders.map((p) => ({
        id: p.id,
        label: p.label,
        loginUrl: `/auth/oidc/${p.id}/login`,
      })),
    };
  }

  @Query(() => [IdentityProviderModel], {
    description: 'Admins: the configured OpenID Connect providers and how many accounts each has linked',
  })
  async identityProviders(@Ctx() ctx: GqlContext): Promise<IdentityProviderModel[]> {
    requireAdmin(ctx.viewer);
    const rows: { provider_id: string; accounts: number }[] = await this.ds.query(LINKED_ACCOUNTS_SQL);
    const linked = new Map(rows.map((r) => [r.provider_id, r.accounts]));
    return this.config.oidcProviders.map((p) => ({
      id: p.id,
      label: p.label,
      issuer: p.issuer,
      clientId: p.clientId,
      trusted: p.trusted,
      organisationClaim: p.organisationClaim ?? null,
      organisationId: p.organisationId ?? null,
      linkedAccounts: linked.get(p.id) ?? 0,
    }));
  }
}
