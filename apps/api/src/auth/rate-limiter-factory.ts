import {
  RateLimiterMemory,
  RateLimiterRedis,
  RLWrapperTimeouts,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { RedisClientType } from 'redis';

/** A Redis call of a rate limiter that takes longer than this falls back to the in-memory limiter. */
const REDIS_TIMEOUT_MS = 300;

/**
 * A limiter of rate-limiter-flexible: with Redis its counters are shared by all API instances; while
 * Redis is unreachable (not connected, or answering too slowly) the in-memory insurance limiter of this
 * instance keeps limiting, so an outage never opens the gate nor blocks sign-ins.
 */
export function makeRateLimiter(
  opts: { keyPrefix: string; points: number; duration: number },
  redis?: RedisClientType,
): RateLimiterAbstract {
  const memory = new RateLimiterMemory(opts);
  if (!redis) return memory;
  const shared = new RateLimiterRedis({
    ...opts,
    storeClient: redis,
    useRedisPackage: true,
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  });
  // The wrapper times out a hanging Redis and hands the call to the same insurance limiter.
  return new RLWrapperTimeouts({
    limiter: shared,
    timeoutMs: REDIS_TIMEOUT_MS,
  }) as unknown as RateLimiterAbstract;
}
