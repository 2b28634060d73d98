import type { Booking } from '../domain/booking.js';
import { applyPoints, attendance, earnsPoints, pointsEarned, pointsWorthMinor, redeemablePoints, SCAN_UPLOAD_GRACE_MS } from '../domain/loyalty.js';
import type { Quote } from '../domain/pricing.js';
import { listUserBookings } from '../store/bookings.js';
import type { Db } from '../store/db.js';
import { creditEarned, getBalance, getLoyalty, markUnearned, reverseBooking, type LoyaltyAccount } from '../store/loyalty.js';
import { getBookings } from '../store/booking-finder.js';
import { getShowtime } from '../store/catalog.js';
import { hasDoorScans } from '../store/scans.js';

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

type Warn = (level: 'warn', msg: string, extra?: Record<string, unknown>) => void;

/** Whether a booking whose show has started was attended (domain `attendance`), from the door scans. */
async function attendanceOf(db: Db, b: Booking, now: Date): Promise<'earn' | 'wait' | 'never'> {
  if (await hasDoorScans(db, b.theaterId, b.showtimeId, b.id)) return 'earn';
  const show = await getShowtime(db, b.showtimeId);
  const endsAt = show?.endsAt ?? b.startsAt;
  // Whether the show's doors scanned decides nothing before the kiosks' upload grace has passed.
  const showScanned = now.getTime() >= Date.parse(endsAt) + SCAN_UPLOAD_GRACE_MS ? await hasDoorScans(db, b.theaterId, b.showtimeId) : false;
  return attendance({ status: b.status, endsAt, scanned: false, showScanned }, now);
}

/**
 * The customer's points as the account page and `GET /api/v1/me/loyalty` show them. Reading is
 * also when points are settled, the safety net behind the door-scan upload (`creditScannedBookings`),
 * without any job that scans: a booking whose show has started and that has not earned yet is
 * checked against the door scans (domain `attendance`): credited when let in, or a day after its
 * show ended (the kiosks' upload grace) when the show had no door scan at all; marked unearned (not looked at again) when the doors
 * scanned and it was never let in. A cancelled booking whose reversal did not run (its server
 * died right after the cancel) is reversed now. Costs two Queries when nothing is due.
 */
export async function loyaltyFor(db: Db, userId: string, now: Date, log?: Warn): Promise<LoyaltySummary> {
  const [account, bookings] = await Promise.all([getLoyalty(db, userId), listUserBookings(db, userId)]);
  const seen = new Set(account.moves.map((m) => `${m.bookingId}#${m.kind}`));
  const unearned = new Set(account.unearned);
  let changed = false;
  for (const b of bookings) {
    try {
      if (b.status !== 'confirmed') {
        if (!seen.has(`${b.id}#reverse`) && (seen.has(`${b.id}#earn`) || seen.has(`${b.id}#redeem`))) {
          changed = (await reverseBooking(db, userId, b.id, now, b.movieTitle)) !== null || changed;
        }
        continue;
      }
      if (!earnsPoints(b) || seen.has(`${b.id}#earn`) || unearned.has(b.id) || Date.parse(b.startsAt) > now.getTime()) continue;
      const verdict = await attendanceOf(db, b, now);
      if (verdict === 'earn') changed = (await creditBooking(db, b, now)) || changed;
      else if (verdict === 'never') await markUnearned(db, userId, b.id, now.toISOString());
    } catch (err) {
      log?.('warn', 'loyalty points not settled for a booking; the next read tries again', { bookingId: b.id, error: (err as Error).message });
    }
  }
  const settled = changed ? await getLoyalty(db, userId) : account;
  return { ...settled, worthMinor: pointsWorthMinor(settled.balance) };
}

/** Credits a booking's points once (false: already credited, nothing to earn, or no longer confirmed). */
async function creditBooking(db: Db, b: Booking, now: Date): Promise<boolean> {
  const points = pointsEarned(b.quote);
  if (points <= 0) return false;
  return creditEarned(db, b.userId, { bookingId: b.id, points, at: now.toISOString(), movieTitle: b.movieTitle });
}

/** How many bookings the scan upload credits at once. */
const CREDIT_CONCURRENCY = 8;

/**
 * At the door-scan upload: the bookings let in earn their points now, one conditional write
 * each (`creditEarned`: once per booking by its ledger item, only while confirmed). Only the
 * bookings of the kiosk's own theater and of the show scanned count. A failure is logged and
 * never fails the upload: the next read of the customer's points credits it (`loyaltyFor`).
 * Returns how many bookings were credited.
 */
export async function creditScannedBookings(
  db: Db,
  theaterId: string,
  scans: readonly { bookingId: string; showtimeId: string }[],
  now: Date,
  log: Warn,
): Promise<number> {
  const showOf = new Map(scans.map((s) => [s.bookingId, s.showtimeId]));
  if (showOf.size === 0) return 0;
  let bookings: Booking[];
  try {
    bookings = await getBookings(db, [...showOf.keys()]);
  } catch (err) {
    log('warn', 'loyalty points not credited at the door scan upload; the next read credits them', { error: (err as Error).message });
    return 0;
  }
  const due = bookings.filter((b) => b.theaterId === theaterId && showOf.get(b.id) === b.showtimeId && earnsPoints(b) && attendance({ status: b.status, endsAt: b.startsAt, scanned: true, showScanned: true }, now) === 'earn');
  let credited = 0;
  for (let i = 0; i < due.length; i += CREDIT_CONCURRENCY) {
    await Promise.all(
      due.slice(i, i + CREDIT_CONCURRENCY).map(async (b) => {
        try {
          if (await creditBooking(db, b, now)) credited++;
        } catch (err) {
          log('warn', 'loyalty points not credited at the door scan upload; the next read credits them', { bookingId: b.id, error: (err as Error).message });
        }
      }),
    );
  }
  return credited;
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
