import { Global, Module } from '@nestjs/common';
import type { RedisClientType } from 'redis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { REDIS_CLIENT } from '../redis/redis.tokens';
import { AuthResolver } from './auth.resolver';
import { AuthService, LOGIN_RATE_LIMITER, REGISTRATION_RATE_LIMITER } from './auth.service';
import { EmailDomainAllowlistResolver } from './email-domain-allowlist.resolver';
import { EmailDomainAllowlistService } from './email-domain-allowlist.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { RegistrationHintResolver } from './registration-hint.resolver';
import { RegistrationRateLimiter } from './registration-rate-limiter';
import { ViewerCache } from './viewer-cache';
import { ViewerInvalidationListener } from './viewer-invalidation.listener';

@Global()
@Module({
  providers: [
    AuthService,
    AuthResolver,
    RegistrationHintResolver,
    EmailDomainAllowlistService,
    EmailDomainAllowlistResolver,
    {
      provide: ViewerCache,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new ViewerCache(config.viewerCacheMax, config.viewerCacheTtlMs),
    },
    ViewerInvalidationListener,
    {
      provide: LOGIN_RATE_LIMITER,
      inject: [APP_CONFIG, REDIS_CLIENT],
      useFactory: (config: AppConfig, redis?: RedisClientType) =>
        new LoginRateLimiter(config.loginMaxFailures, redis, config.redisKeyPrefix),
    },
    {
      provide: REGISTRATION_RATE_LIMITER,
      inject: [APP_CONFIG, REDIS_CLIENT],
      useFactory: (config: AppConfig, redis?: RedisClientType) =>
        new RegistrationRateLimiter(config.registerMaxPerHour, redis, config.redisKeyPrefix),
    },
  ],
  exports: [AuthService],
})
export class AuthModule {}
