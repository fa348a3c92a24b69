import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClientType } from 'redis';
import { rateLimited } from '../common/errors/domain-error';
import { makeRateLimiter } from '../auth/rate-limiter-factory';

/** Reset links per e-mail address and hour: enough for a lost mail, too few to flood a mailbox. */
export const RESETS_PER_ADDRESS = 3;

/**
 * Counts every "Passwort vergessen?" request per address and per client (IP), known address or not, so
 * the limit tells nothing about which addresses have accounts. Same store as the login limits.
 */
export class PasswordResetRateLimiter {
  private readonly perAddress: RateLimiterAbstract;
  private readonly perClient: RateLimiterAbstract;

  constructor(maxPerClient: number, redis?: RedisClientType, prefix = 'forum') {
    const duration = 60 * 60;
    this.perAddress = makeRateLimiter(
      { keyPrefix: `${prefix}:reset_address`, points: RESETS_PER_ADDRESS, duration },
      redis,
    );
    this.perClient = makeRateLimiter(
      { keyPrefix: `${prefix}:reset_ip`, points: Math.max(1, maxPerClient), duration },
      redis,
    );
  }

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
    throw rateLimited(`Zu viele Anfragen. Bitte versuchen Sie es in ${minutes} Minuten erneut.`);
  }
}
