import type { Booking } from '../domain/booking.js';
import { listUserBookings } from '../store/bookings.js';
import type { Db } from '../store/db.js';

/** A customer's bookings, newest first, split by whether the show is still ahead. */
export async function myBookings(db: Db, userId: string, now: Date): Promise<{ all: Booking[]; upcoming: Booking[]; past: Booking[] }> {
  const all = await listUserBookings(db, userId);
  const upcoming = all.filter((b) => new Date(b.startsAt) > now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = all.filter((b) => new Date(b.startsAt) <= now);
  return { all, upcoming, past };
}
