import type { Booking } from '../../server/domain/booking.js';
import { toE164 } from '../../server/domain/phone.js';
import { findBookingIds, getBookings } from '../../server/store/booking-finder.js';
import { getBooking, listUserBookings } from '../../server/store/bookings.js';
import type { Db } from '../../server/store/db.js';
import { getUserByEmail } from '../../server/store/users.js';
import { showBookings } from './show-bookings.js';

export type SearchKind = 'booking' | 'email' | 'phone' | 'show' | 'none';

const BOOKING_ID = /^MVM-\d{8}-[0-9A-Z]{8}$/;

/** What staff typed: a booking id, an email, a phone number, or a show id (from a show's page). */
export function searchKind(q: string): SearchKind {
  const t = q.trim();
  if (!t) return 'none';
  if (BOOKING_ID.test(t.toUpperCase())) return 'booking';
  if (t.includes('@')) return 'email';
  if (toE164(t)) return 'phone';
  return 'show';
}

/**
 * A theater's bookings matching the search, newest first, without scanning: a booking id is
 * one read; email and phone go through the booking finder (and, for an account's email, the
 * account's own list); a show through its seats and finder.
 */
export async function searchBookings(db: Db, theaterId: string, q: string): Promise<{ kind: SearchKind; bookings: Booking[] }> {
  const t = q.trim();
  const kind = searchKind(t);
  let found: Booking[] = [];
  if (kind === 'booking') {
    const b = await getBooking(db, t.toUpperCase());
    found = b ? [b] : [];
  } else if (kind === 'email') {
    const [ids, account] = await Promise.all([findBookingIds(db, theaterId, 'email', t), getUserByEmail(db, t)]);
    found = [...(await getBookings(db, ids)), ...(account ? await listUserBookings(db, account.id) : [])];
  } else if (kind === 'phone') {
    found = await getBookings(db, await findBookingIds(db, theaterId, 'phone', toE164(t) as string));
  } else if (kind === 'show') {
    found = await showBookings(db, t, theaterId);
  }
  const unique = new Map(found.filter((b) => b.theaterId === theaterId).map((b) => [b.id, b]));
  return { kind, bookings: [...unique.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, 200) };
}
