import { Controller, Get, Inject, Optional } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  type HealthIndicatorResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { RedisClientType } from 'redis';
import { withDeadline } from '../common/errors/startup-error';
import { REDIS_CLIENT } from '../redis/redis.tokens';

/** Every probe answers within this, so an outage shows in /health within 2 s (load balancers, tests). */
const PROBE_TIMEOUT_MS = 1_500;

@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    @Optional() @Inject(REDIS_CLIENT) private readonly redis?: RedisClientType,
  ) {}

  /** 200 once the database (and Redis, when configured) answer; 503 otherwise. */
  @Get()
  @HealthCheck()
  check() {
    const checks = [() => this.db.pingCheck('database', { timeout: PROBE_TIMEOUT_MS })];
    const redis = this.redis;
    if (redis) {
      checks.push(async (): Promise<HealthIndicatorResult> => {
        // Not connected (node-redis is reconnecting): down at once, no command waits in the offline queue.
        if (!redis.isReady) return { redis: { status: 'down', message: 'not connected' } };
        try {
          await withDeadline(redis.ping(), PROBE_TIMEOUT_MS, () => new Error('timeout'));
          return { redis: { status: 'up' } };
        } catch (err) {
          return { redis: { status: 'down', message: err instanceof Error ? err.message : String(err) } };
        }
      });
    }
    return this.health.check(checks);
  }
}
