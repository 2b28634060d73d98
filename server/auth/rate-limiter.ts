import { AppError } from '../domain/errors.js';
import type { Db } from '../store/db.js';
import { incrementCounter, readCounter } from '../store/rate-limits.js';

export interface Limit {
  limit: number;
  windowSeconds: number;
}

export interface RateLimitSettings {
  /** Failed logins for one email address. */
  loginFailuresPerEmail: Limit;
  /** Failed logins from one client address. */
  loginFailuresPerClient: Limit;
  /** Sign-ups from one client address. */
  registrationsPerClient: Limit;
  /** New verification codes for one account. */
  codesPerAccount: Limit;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  loginFailuresPerEmail: { limit: 5, windowSeconds: 15 * 60 },
  loginFailuresPerClient: { limit: 30, windowSeconds: 15 * 60 },
  registrationsPerClient: { limit: 10, windowSeconds: 60 * 60 },
  codesPerAccount: { limit: 5, windowSeconds: 60 * 60 },
};

export class RateLimiter {
  constructor(
    private readonly db: Db,
    private readonly settings: RateLimitSettings | 'off',
  ) {}

  /** Refuses when `key` has already used up `name`'s limit in this window. */
  async check(name: keyof RateLimitSettings, key: string, now: Date): Promise<void> {
    if (this.settings === 'off') return;
    const l = this.settings[name];
    if ((await readCounter(this.db, name, key, l.windowSeconds, now)) >= l.limit) {
      throw new AppError('rate_limited');
    }
  }

  /** Counts one event; refuses when it goes over the limit. */
  async hit(name: keyof RateLimitSettings, key: string, now: Date): Promise<void> {
    if (this.settings === 'off') return;
    const l = this.settings[name];
    if ((await incrementCounter(this.db, name, key, l.windowSeconds, now)) > l.limit) {
      throw new AppError('rate_limited');
    }
  }

  /** Counts one event without refusing (failures are counted after the fact). */
  async record(name: keyof RateLimitSettings, key: string, now: Date): Promise<void> {
    if (this.settings === 'off') return;
    await incrementCounter(this.db, name, key, this.settings[name].windowSeconds, now);
  }
}
