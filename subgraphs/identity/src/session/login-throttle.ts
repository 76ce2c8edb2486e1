import { rateLimited } from '@sectorwars/platform';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Counts failed logins per account (email) and per client IP in a sliding
 * window; once either budget is spent, logins are refused with RATE_LIMITED
 * (even with the right password) until the window passes.
 *
 * Kept in memory: one identity process per deployment today. A second
 * instance would need rate-limiter-flexible's Postgres store.
 */
export class LoginThrottle {
  private readonly perAccount: RateLimiterMemory;
  private readonly perIp: RateLimiterMemory;

  constructor(limits: { perAccount: number; perIp: number; windowSeconds: number }) {
    this.perAccount = new RateLimiterMemory({
      keyPrefix: 'acct',
      points: limits.perAccount,
      duration: limits.windowSeconds,
    });
    this.perIp = new RateLimiterMemory({ keyPrefix: 'ip', points: limits.perIp, duration: limits.windowSeconds });
  }

  /** @throws RATE_LIMITED when the account or the IP has no attempts left */
  async assertAllowed(email: string, ip: string): Promise<void> {
    for (const [limiter, key, what] of [
      [this.perAccount, email, 'this account'],
      [this.perIp, ip, 'this address'],
    ] as const) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limiter.points) {
        const seconds = Math.ceil(state.msBeforeNext / 1000);
        throw rateLimited(`Too many failed logins for ${what}; try again in ${seconds} s`, seconds);
      }
    }
  }

  /** Records one failed attempt against both budgets. */
  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.allSettled([this.perAccount.penalty(email, 1), this.perIp.penalty(ip, 1)]);
  }

  /** A successful login clears the account's count (not the IP's). */
  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
