import { mayReview } from '../domain/review-rules.js';
import type { Db } from '../store/db.js';
import { someMovieBooking } from '../store/user-movie-bookings.js';

/**
 * Whether this person may review this movie: some booking of theirs for it, in their whole
 * history ("My bookings" index, paged and filtered to the movie; no scan, no 200 limit).
 */
export async function canReview(db: Db, userId: string, movieId: string, now: Date): Promise<boolean> {
  return someMovieBooking(db, userId, movieId, (b) => mayReview([b], movieId, now));
}
