import type { Booking } from '../domain/booking.js';
import type { Showtime } from '../domain/catalog.js';
import { toE164 } from '../domain/phone.js';
import { putBookingFinders } from '../store/booking-finder.js';
import type { Db } from '../store/db.js';
import { addSales } from '../store/sales-aggregates.js';
import { addMovieSales } from '../store/movie-sales.js';

/**
 * What the admin panel's reports and booking search learn from each sale and cancellation.
 * Called after the booking's own transaction (never inside it), by every channel: online,
 * counter and kiosk. A failure here is logged and never fails the sale.
 */
type Log = (level: 'info' | 'warn' | 'error', msg: string, extra?: Record<string, unknown>) => void;

/** The ticket price a booking paid with loyalty points (its points come back if it is cancelled). */
const pointsDiscountOf = (b: Booking) => b.quote.points?.discountMinor ?? 0;

export async function saleRecorded(db: Db, log: Log, b: Booking, show: Showtime, contact: { email?: string | null; phone?: string | null }): Promise<void> {
  await Promise.all([
    addSales(db, show, { channel: b.channel, bookings: 1, seats: b.seats.length, revenueMinor: b.quote.totalMinor, pointsDiscountMinor: pointsDiscountOf(b) }),
    putBookingFinders(db, b, { email: contact.email, phone: contact.phone ? toE164(contact.phone) : null }),
    // "Popular this week": seats by the day of the sale (store/movie-sales.ts).
    addMovieSales(db, show, b.createdAt, b.seats.length),
  ]).catch((err: unknown) => log('warn', 'sale not counted in reports', { bookingId: b.id, error: (err as Error).message }));
}

export async function cancellationRecorded(db: Db, log: Log, b: Booking, show: Showtime, refundMinor: number): Promise<void> {
  // Taken back on the day of the sale, in parallel with the report counters.
  const unsold = addMovieSales(db, show, b.createdAt, -b.seats.length).catch((err: unknown) =>
    log('warn', 'cancellation not counted in popularity', { bookingId: b.id, error: (err as Error).message }),
  );
  await addSales(db, show, {
    channel: b.channel,
    bookings: -1,
    seats: -b.seats.length,
    revenueMinor: -refundMinor,
    refundedMinor: refundMinor,
    cancellations: 1,
    pointsDiscountMinor: -pointsDiscountOf(b),
  }).catch((err: unknown) => log('warn', 'cancellation not counted in reports', { bookingId: b.id, error: (err as Error).message }));
  await unsold;
}

/** More money returned on an already cancelled booking. */
export async function refundRecorded(db: Db, log: Log, b: Booking, show: Showtime, extraMinor: number): Promise<void> {
  await addSales(db, show, { channel: b.channel, bookings: 0, seats: 0, revenueMinor: -extraMinor, refundedMinor: extraMinor }).catch((err: unknown) =>
    log('warn', 'refund not counted in reports', { bookingId: b.id, error: (err as Error).message }),
  );
}
