import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClientType } from 'redis';
import { rateLimited } from '../common/errors/domain-error';
import { makeRateLimiter } from './rate-limiter-factory';

/** Registrations of one e-mail address per hour (a person retrying after a typo needs one or two). */
export const REGISTRATIONS_PER_ADDRESS = 3;

/**
 * Counts every registration attempt per e-mail address and per client address (IP), with the same
 * library and store as the login limits, so addresses cannot be probed in bulk. The per-client limit is
 * configurable (REGISTER_MAX_PER_HOUR): many municipal users share one egress proxy.
 */
export class RegistrationRateLimiter {
  private readonly perAddress: RateLimiterAbstract;
  private readonly perClient: RateLimiterAbstract;

  constructor(maxPerClient: number, redis?: RedisClientType, prefix = 'forum') {
    const duration = 60 * 60;
    this.perAddress = makeRateLimiter(
      { keyPrefix: `${prefix}:register_address`, points: REGISTRATIONS_PER_ADDRESS, duration },
      redis,
    );
    this.perClient = makeRateLimiter(
      { keyPrefix: `${prefix}:register_ip`, points: Math.max(1, maxPerClient), duration },
      redis,
    );
  }

  /** Consumes one attempt of the address and of the client, or throws RATE_LIMITED. */
  async consume(email: string, ip: string): Promise<void> {
    const results = await Promise.allSettled([
      this.perClient.consume(ip),
      this.perAddress.consume(email.trim().toLowerCase()),
    ]);
    const refused = results.find((r) => r.status === 'rejected');
    if (!refused) return;
    const reason = (refused as PromiseRejectedResult).reason as unknown;
    if (!(reason instanceof RateLimiterRes)) throw reason;
    const minutes = Math.max(1, Math.ceil(reason.msBeforeNext / 60_000));
    throw rateLimited(
      `Zu viele Registrierungsversuche. Bitte versuchen Sie es in ${minutes} Minuten erneut.`,
    );
  }
}
