import type { PolicyWords } from '../domain/cancellation-policy.js';
import type { Showtime } from '../domain/catalog.js';
import { AppError } from '../domain/errors.js';
import { getShowtime } from '../store/catalog.js';
import { getHold, type HoldRecord } from '../store/holds.js';
import type { BookingDeps } from './deps.js';
import { policySentences } from './theater-policy.js';

export type CheckoutState = 'active' | 'expired' | 'released' | 'booked';

export interface Checkout {
  hold: HoldRecord;
  showtime: Showtime;
  policy: string[];
  /** `expired` once the clock passes the hold's expiry, whatever the stored status says. */
  state: CheckoutState;
}

/** What the checkout page shows for a customer's own hold; anyone else's is `not_found`. */
export async function checkoutFor(deps: BookingDeps, userId: string, holdId: string, policyWords?: PolicyWords): Promise<Checkout> {
  const hold = await getHold(deps.db, holdId);
  if (!hold || hold.userId !== userId) throw new AppError('not_found', 'We could not find that seat hold.');
  const showtime = await getShowtime(deps.db, hold.showtimeId);
  if (!showtime) throw new AppError('not_found', 'We could not find that show.');
  const state: CheckoutState =
    hold.status !== 'active' ? hold.status : new Date(hold.expiresAt) < deps.clock() ? 'expired' : 'active';
  return { hold, showtime, policy: await policySentences(deps.db, showtime.theaterId, policyWords), state };
}
