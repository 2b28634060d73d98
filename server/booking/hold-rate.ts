import type { BookingDeps } from './deps.js';

/**
 * Counts a customer's hold request against `holdsPerUser` (30 per 10 minutes by default) and
 * refuses with 429 `rate_limited` past it: each hold locks seats for minutes, so one account
 * looping holds could keep a whole hall off sale. Staff and kiosk sales do not come this way.
 */
export async function countCustomerHold(deps: BookingDeps, userId: string): Promise<void> {
  await deps.limiter?.hit('holdsPerUser', userId, deps.clock());
}
