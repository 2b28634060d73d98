import { mayReview } from '../domain/review-rules.js';
import { listUserBookings } from '../store/bookings.js';
import type { Db } from '../store/db.js';

/** Whether this person may review this movie: their own bookings (the "My bookings" index, no scan). */
export async function canReview(db: Db, userId: string, movieId: string, now: Date): Promise<boolean> {
  return mayReview(await listUserBookings(db, userId), movieId, now);
}
