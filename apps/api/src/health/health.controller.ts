import { Controller, Get, Inject, Optional } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  type HealthIndicatorResult,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { RedisClientType } from 'redis';
import { REDIS_CLIENT } from '../redis/redis.tokens';

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
    const checks = [() => this.db.pingCheck('database', { timeout: 2000 })];
    const redis = this.redis;
    if (redis) {
      checks.push(async (): Promise<HealthIndicatorResult> => {
        try {
          await redis.ping();
          return { redis: { status: 'up' } };
        } catch (err) {
          return { redis: { status: 'down', message: String(err) } };
        }
      });
    }
    return this.health.check(checks);
  }
}
