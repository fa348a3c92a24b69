import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClientType } from 'redis';
import { rateLimited } from '../common/errors/domain-error';
import { makeRateLimiter } from './rate-limiter-factory';

/**
 * Counts failed logins per e-mail+IP and per IP (rate-limiter-flexible). With REDIS_URL the counters are
 * shared by all API instances, so a second instance is no way around the limit; while Redis is away
 * each instance keeps limiting in memory (makeRateLimiter).
 */
export class LoginRateLimiter {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  private readonly accountPoints: number;
  private readonly ipPoints: number;

  constructor(maxFailures: number, redis?: RedisClientType, prefix = 'forum') {
    const duration = 15 * 60;
    this.accountPoints = Math.max(1, maxFailures);
    this.ipPoints = Math.max(1, maxFailures * 20);
    this.perAccount = makeRateLimiter(
      { keyPrefix: `${prefix}:login_fail_account`, points: this.accountPoints, duration },
      redis,
    );
    this.perIp = makeRateLimiter(
      { keyPrefix: `${prefix}:login_fail_ip`, points: this.ipPoints, duration },
      redis,
    );
  }

  private static accountKey(email: string, ip: string) {
    return `${email.toLowerCase()}|${ip}`;
  }

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [account, byIp] = await Promise.all([
      this.perAccount.get(LoginRateLimiter.accountKey(email, ip)),
      this.perIp.get(ip),
    ]);
    const blocked = [
      [account, this.accountPoints],
      [byIp, this.ipPoints],
    ].find(([res, points]) => res && typeof res === 'object' && res.consumedPoints >= (points as number));
    if (blocked) {
      const res = blocked[0] as { msBeforeNext: number };
      const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
      throw rateLimited(
        `Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in ${minutes} Minuten erneut.`,
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(LoginRateLimiter.accountKey(email, ip)),
      this.perIp.penalty(ip),
    ]);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.perAccount.delete(LoginRateLimiter.accountKey(email, ip));
  }
}
