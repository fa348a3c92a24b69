import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createClient, type RedisClientType } from 'redis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { REDIS_CLIENT } from './redis.tokens';

/** A shared Redis client when REDIS_URL is set (rate limits, Socket.IO adapter); otherwise nothing. */
@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig): Promise<RedisClientType | undefined> => {
        if (!config.redisUrl) return undefined;
        const client = createClient({ url: config.redisUrl }) as RedisClientType;
        client.on('error', () => undefined); // reconnects by itself; /health reports the outage
        await client.connect();
        return client;
      },
    },
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly client?: RedisClientType) {}

  async onApplicationShutdown() {
    if (this.client?.isOpen) await this.client.quit().catch(() => undefined);
  }
}
