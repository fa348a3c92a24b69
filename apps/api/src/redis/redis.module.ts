import {
  type DynamicModule,
  Global,
  Inject,
  Module,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import type { RedisClientType } from 'redis';
import { REDIS_CLIENT } from './redis.tokens';

/**
 * The shared Redis client when REDIS_URL is set (rate limits, reference cache, health); otherwise
 * nothing. It is connected before Nest starts (create-app.ts), so an unreachable Redis fails the start
 * with one clear line instead of hanging inside dependency injection.
 */
@Global()
@Module({})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Optional() @Inject(REDIS_CLIENT) private readonly client?: RedisClientType) {}

  static forRoot(client: RedisClientType | undefined): DynamicModule {
    return {
      module: RedisModule,
      providers: [{ provide: REDIS_CLIENT, useValue: client }],
      exports: [REDIS_CLIENT],
    };
  }

  async onApplicationShutdown() {
    if (this.client?.isOpen) await this.client.quit().catch(() => undefined);
  }
}
