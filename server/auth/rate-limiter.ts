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
  /** Seat holds one customer may place (a hold locks seats for minutes: a flood would empty a hall). */
  holdsPerUser: Limit;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  loginFailuresPerEmail: { limit: 5, windowSeconds: 15 * 60 },
  loginFailuresPerClient: { limit: 30, windowSeconds: 15 * 60 },
  registrationsPerClient: { limit: 10, windowSeconds: 60 * 60 },
  codesPerAccount: { limit: 5, windowSeconds: 60 * 60 },
  holdsPerUser: { limit: 30, windowSeconds: 10 * 60 },
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

  /**
   * Counts one event without refusing (failures are counted after the fact). True for exactly
   * one event per window: the one that used up the limit (so a notice about it goes out once).
   */
  async record(name: keyof RateLimitSettings, key: string, now: Date): Promise<{ limitReached: boolean }> {
    if (this.settings === 'off') return { limitReached: false };
    const l = this.settings[name];
    const count = await incrementCounter(this.db, name, key, l.windowSeconds, now);
    return { limitReached: count === l.limit };
  }

  limitOf(name: keyof RateLimitSettings): number {
    return this.settings === 'off' ? Infinity : this.settings[name].limit;
  }

  /** How long a window of `name` lasts, for messages that say when to try again. */
  windowMinutes(name: keyof RateLimitSettings): number {
    return this.settings === 'off' ? 0 : Math.round(this.settings[name].windowSeconds / 60);
  }
}
