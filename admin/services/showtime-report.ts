import type { Showtime } from '../../server/domain/catalog.js';
import type { Db } from '../../server/store/db.js';
import { showAggregate } from '../../server/store/sales-aggregates.js';
import { listSeatStates } from '../../server/store/seat-states.js';

/** API.md's show report. */
export interface ShowtimeReport {
  seatsTotal: number;
  seatsSold: number;
  /** Held by a customer's unexpired hold right now. */
  seatsHeld: number;
  /** Given to a kiosk and not sold yet. */
  seatsLeased: number;
  /** Money kept: the totals of the show's bookings less what was refunded. */
  revenueMinor: number;
  /** Confirmed bookings (cancelled ones left out). */
  bookings: number;
}

/**
 * Seat figures come from the show's seat items (the truth, one Query of its partition);
 * revenue from the show's report counter, so no booking is read.
 */
export async function showtimeReport(db: Db, show: Showtime, now: Date): Promise<ShowtimeReport> {
  const [seats, agg] = await Promise.all([listSeatStates(db, show.id), showAggregate(db, show.theaterId, show.localDate, show.id)]);
  const sold = seats.filter((s) => s.status === 'sold');
  return {
    seatsTotal: show.seatsTotal,
    seatsSold: sold.length,
    seatsHeld: seats.filter((s) => s.status === 'held' && s.holdExpiresAt && Date.parse(s.holdExpiresAt) >= now.getTime()).length,
    seatsLeased: seats.filter((s) => s.status === 'leased').length,
    revenueMinor: agg?.revenueMinor ?? 0,
    bookings: new Set(sold.map((s) => s.bookingId)).size,
  };
}
