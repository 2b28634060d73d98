import type { Booking } from '../domain/booking.js';
import { applyPoints, hasAttended, pointsEarned, pointsWorthMinor, redeemablePoints } from '../domain/loyalty.js';
import type { Quote } from '../domain/pricing.js';
import { listUserBookings } from '../store/bookings.js';
import type { Db } from '../store/db.js';
import { creditEarned, getBalance, getLoyalty, reverseBooking, type LoyaltyAccount } from '../store/loyalty.js';

/** What checkout offers: the points the rules allow from this balance, and the quote with them spent. */
export interface PointsOffer {
  balance: number;
  points: number;
  discountMinor: number;
  quote: Quote;
}

/** The offer for a customer's hold; `points` is 0 when the balance is under the minimum. */
export async function pointsOffer(db: Db, userId: string, quote: Quote): Promise<PointsOffer> {
  const balance = await getBalance(db, userId);
  const points = redeemablePoints(balance, quote);
  return { balance, points, discountMinor: pointsWorthMinor(points), quote: applyPoints(quote, points) };
}

export interface LoyaltySummary extends LoyaltyAccount {
  worthMinor: number;
}

/**
 * The customer's points as the account page and `GET /api/v1/me/loyalty` show them. Reading is
 * also when points are settled, without any job that scans: bookings whose show has started earn
 * their points (once: the ledger item per booking), and a cancelled booking whose reversal did not
 * run (its server died right after the cancel) is reversed now. Costs two Queries when nothing is due.
 */
export async function loyaltyFor(db: Db, userId: string, now: Date, log?: (level: 'warn', msg: string, extra?: Record<string, unknown>) => void): Promise<LoyaltySummary> {
  const [account, bookings] = await Promise.all([getLoyalty(db, userId), listUserBookings(db, userId)]);
  const seen = new Set(account.moves.map((m) => `${m.bookingId}#${m.kind}`));
  let changed = false;
  for (const b of bookings) {
    try {
      if (hasAttended(b, now) && !seen.has(`${b.id}#earn`)) {
        const points = pointsEarned(b.quote);
        if (points > 0) changed = (await creditEarned(db, userId, { bookingId: b.id, points, at: now.toISOString(), movieTitle: b.movieTitle })) || changed;
      } else if (b.status !== 'confirmed' && !seen.has(`${b.id}#reverse`) && (seen.has(`${b.id}#earn`) || seen.has(`${b.id}#redeem`))) {
        changed = (await reverseBooking(db, userId, b.id, now, b.movieTitle)) !== null || changed;
      }
    } catch (err) {
      log?.('warn', 'loyalty points not settled for a booking; the next read tries again', { bookingId: b.id, error: (err as Error).message });
    }
  }
  const settled = changed ? await getLoyalty(db, userId) : account;
  return { ...settled, worthMinor: pointsWorthMinor(settled.balance) };
}

/** Right after a cancellation: spent points come back, earned ones go (once; see store/loyalty.ts). */
export async function reversePointsAfterCancel(
  db: Db,
  booking: Pick<Booking, 'id' | 'userId' | 'movieTitle' | 'quote'>,
  now: Date,
  log: (level: 'warn', msg: string, extra?: Record<string, unknown>) => void,
): Promise<void> {
  try {
    await reverseBooking(db, booking.userId, booking.id, now, booking.movieTitle);
  } catch (err) {
    // The next read of the customer's points reverses it (loyaltyFor).
    log('warn', 'loyalty reversal deferred to the next read', { bookingId: booking.id, error: (err as Error).message });
  }
}
