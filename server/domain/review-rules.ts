import type { Booking } from './booking.js';

export const REVIEW_TEXT_MAX = 2000;
export const RATING_MIN = 1;
export const RATING_MAX = 5;

type Held = Pick<Booking, 'movieId' | 'status' | 'startsAt' | 'payment'>;

/**
 * Only someone who held a ticket to a show of this movie that has started reviews it: a booking
 * still confirmed (not cancelled, not refunded in full) for a show whose start is before `now`.
 */
export function mayReview(bookings: Held[], movieId: string, now: Date): boolean {
  return bookings.some(
    (b) =>
      b.movieId === movieId &&
      b.status === 'confirmed' &&
      b.payment.status !== 'refunded' &&
      b.payment.status !== 'voided' &&
      new Date(b.startsAt).getTime() < now.getTime(),
  );
}

/** What one review adds to its movie's average: nothing while hidden (or absent). */
export interface RatingState {
  rating: number;
  hidden: boolean;
}

export interface RatingDelta {
  count: number;
  sum: number;
}

const share = (s: RatingState | null): RatingDelta => (s && !s.hidden ? { count: 1, sum: s.rating } : { count: 0, sum: 0 });

/** The change to (count, sum of visible ratings) when a review goes from `before` to `after` (null: none). */
export function ratingDelta(before: RatingState | null, after: RatingState | null): RatingDelta {
  const a = share(before);
  const b = share(after);
  return { count: b.count - a.count, sum: b.sum - a.sum };
}

/** The average to one decimal, or null with no visible review. */
export function averageRating(agg: RatingDelta): number | null {
  if (agg.count <= 0) return null;
  return Math.round((agg.sum / agg.count) * 10) / 10;
}
