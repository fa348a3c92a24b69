import { Module } from '@nestjs/common';
import type { RedisClientType } from 'redis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { REDIS_CLIENT } from '../redis/redis.tokens';
import { EmailChangeResolver } from './email-change.resolver';
import { IdentityProvidersResolver } from './identity-providers.resolver';
import { OidcAccountsService } from './oidc-accounts.service';
import { OidcClients } from './oidc-client';
import { OidcController } from './oidc.controller';
import { EmailChangeService } from './email-change.service';
import { PasswordResetRateLimiter } from './password-reset-rate-limiter';
import { PasswordResetResolver } from './password-reset.resolver';
import { PASSWORD_RESET_RATE_LIMITER, PasswordResetService } from './password-reset.service';

/**
 * How people prove who they are besides the password form: "Passwort vergessen?", the e-mail change, and
 * sign-in through the OpenID Connect providers of the Länder and the Bund.
 */
@Module({
  controllers: [OidcController],
  providers: [
    OidcClients,
    OidcAccountsService,
    IdentityProvidersResolver,
    PasswordResetService,
    PasswordResetResolver,
    EmailChangeService,
    EmailChangeResolver,
    {
      provide: PASSWORD_RESET_RATE_LIMITER,
      inject: [APP_CONFIG, REDIS_CLIENT],
      useFactory: (config: AppConfig, redis?: RedisClientType) =>
        new PasswordResetRateLimiter(config.passwordResetMaxPerHour, redis, config.redisKeyPrefix),
    },
  ],
})
export class IdentityModule {}
