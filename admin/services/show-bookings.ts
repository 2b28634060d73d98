import type { Booking } from '../../server/domain/booking.js';
import { findBookingIds, getBookings } from '../../server/store/booking-finder.js';
import type { Db } from '../../server/store/db.js';
import { listSeatStates } from '../../server/store/seat-states.js';

/**
 * A show's bookings, newest first: the bookings its sold seats point at (every confirmed one,
 * whoever sold it) plus those the booking finder lists (cancelled ones too).
 */
export async function showBookings(db: Db, showtimeId: string, theaterId: string): Promise<Booking[]> {
  const [seats, found] = await Promise.all([listSeatStates(db, showtimeId), findBookingIds(db, theaterId, 'show', showtimeId, 1000)]);
  const sold = seats.filter((s) => s.status === 'sold' && s.bookingId).map((s) => s.bookingId as string);
  const bookings = await getBookings(db, [...sold, ...found]);
  return bookings.filter((b) => b.showtimeId === showtimeId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The confirmed bookings of a show: the ones a time change or cancellation must reach. */
export async function confirmedShowBookings(db: Db, showtimeId: string): Promise<Booking[]> {
  const seats = await listSeatStates(db, showtimeId);
  const ids = seats.filter((s) => s.status === 'sold' && s.bookingId).map((s) => s.bookingId as string);
  return (await getBookings(db, ids)).filter((b) => b.status === 'confirmed' && b.showtimeId === showtimeId);
}
