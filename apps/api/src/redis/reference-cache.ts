import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
  Optional,
} from '@nestjs/common';
import type { RedisClientType } from 'redis';
import type { ReferenceStore } from '../common/loaders/request-loaders';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { connectAtStart } from './redis-connection';
import { REDIS_CLIENT } from './redis.tokens';

/** How long an entry may live without an invalidation reaching this instance (the backstop). */
export const REFERENCE_TTL_MS = 30_000;

/**
 * Organisations, boards, topics and the board moderators are read on nearly every page and change only
 * through an admin (write permissions are still checked against the database, never this cache), so each
 * API instance keeps the rows it has loaded. A change clears the cache of every instance: directly here and
 * through Redis pub/sub for the others; the TTL bounds staleness should a message be lost. Only found rows
 * are kept, so a newly created row is never hidden by the cache.
 */
@Injectable()
export class ReferenceCache implements ReferenceStore, OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ReferenceCache.name);
  private readonly entries = new Map<string, { value: unknown; expires: number }>();
  private readonly channel: string;
  private subscriber?: RedisClientType;
  private readonly url: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Optional() @Inject(REDIS_CLIENT) private readonly redis?: RedisClientType,
  ) {
    this.channel = `${config.redisKeyPrefix}:reference-cache`;
    this.url = config.redisUrl ?? '';
  }

  async onModuleInit() {
    if (!this.redis) return;
    // Reconnects by itself after an outage (and resubscribes); the TTL covers the gap.
    this.subscriber = await connectAtStart(this.redis.duplicate() as RedisClientType, this.url);
    await this.subscriber.subscribe(this.channel, () => this.entries.clear());
  }

  async onApplicationShutdown() {
    if (this.subscriber?.isOpen) await this.subscriber.quit().catch(() => undefined);
  }

  get<E>(kind: string, id: string): E | undefined {
    const key = `${kind}:${id}`;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires < Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value as E;
  }

  set(kind: string, id: string, value: unknown) {
    this.entries.set(`${kind}:${id}`, { value, expires: Date.now() + REFERENCE_TTL_MS });
  }

  /** After a committed change to organisations, boards, topics or board moderators. */
  async invalidate(): Promise<void> {
    this.entries.clear();
    // While Redis is away the publish would wait in the offline queue: skip it, the TTL covers the gap.
    if (!this.redis?.isReady) return;
    await this.redis.publish(this.channel, '1').catch((err: unknown) => {
      this.logger.warn(`Could not publish a reference cache invalidation: ${String(err)}`);
    });
  }
}
