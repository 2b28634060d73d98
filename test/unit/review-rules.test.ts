import { describe, expect, it } from 'vitest';
import type { Booking } from '../../server/domain/booking.js';
import { averageRating, mayReview, ratingDelta } from '../../server/domain/review-rules.js';

const NOW = new Date('2026-12-05T12:00:00Z');
const booking = (over: Partial<Booking> = {}) =>
  ({ movieId: 'm1', status: 'confirmed', startsAt: '2026-12-04T14:30:00Z', payment: { method: 'upi', status: 'captured', reference: 'r' }, ...over }) as Booking;

describe('mayReview', () => {
  it('is true for a confirmed booking of the movie whose show started before now', () => {
    expect(mayReview([booking()], 'm1', NOW)).toBe(true);
    expect(mayReview([booking({ payment: { method: 'upi', status: 'partially_refunded', reference: 'r' } })], 'm1', NOW)).toBe(true);
  });

  it('is false for another movie, a show still ahead or starting exactly now, a cancelled or fully refunded booking, or none', () => {
    expect(mayReview([booking({ movieId: 'm2' })], 'm1', NOW)).toBe(false);
    expect(mayReview([booking({ startsAt: '2026-12-05T18:00:00Z' })], 'm1', NOW)).toBe(false);
    expect(mayReview([booking({ startsAt: NOW.toISOString() })], 'm1', NOW)).toBe(false);
    expect(mayReview([booking({ status: 'cancelled' })], 'm1', NOW)).toBe(false);
    expect(mayReview([booking({ status: 'refunded' })], 'm1', NOW)).toBe(false);
    expect(mayReview([booking({ payment: { method: 'upi', status: 'refunded', reference: 'r' } })], 'm1', NOW)).toBe(false);
    expect(mayReview([], 'm1', NOW)).toBe(false);
  });

  it('takes any one good booking among bad ones', () => {
    expect(mayReview([booking({ status: 'cancelled' }), booking({ movieId: 'm2' }), booking()], 'm1', NOW)).toBe(true);
  });
});

describe('ratingDelta', () => {
  it('adds a new visible review and removes a deleted one', () => {
    expect(ratingDelta(null, { rating: 4, hidden: false })).toEqual({ count: 1, sum: 4 });
    expect(ratingDelta({ rating: 4, hidden: false }, null)).toEqual({ count: -1, sum: -4 });
  });

  it('moves only the sum on an edit', () => {
    expect(ratingDelta({ rating: 2, hidden: false }, { rating: 5, hidden: false })).toEqual({ count: 0, sum: 3 });
    expect(ratingDelta({ rating: 5, hidden: false }, { rating: 1, hidden: false })).toEqual({ count: 0, sum: -4 });
  });

  it('takes a hidden review out of the average and puts it back when shown', () => {
    expect(ratingDelta({ rating: 3, hidden: false }, { rating: 3, hidden: true })).toEqual({ count: -1, sum: -3 });
    expect(ratingDelta({ rating: 3, hidden: true }, { rating: 3, hidden: false })).toEqual({ count: 1, sum: 3 });
    // Editing or deleting a hidden review changes nothing.
    expect(ratingDelta({ rating: 3, hidden: true }, { rating: 1, hidden: true })).toEqual({ count: 0, sum: 0 });
    expect(ratingDelta({ rating: 3, hidden: true }, null)).toEqual({ count: 0, sum: 0 });
  });

  it('sums to the aggregate of the final states over any history', () => {
    const history = [null, { rating: 2, hidden: false }, { rating: 5, hidden: false }, { rating: 5, hidden: true }, { rating: 4, hidden: true }, { rating: 4, hidden: false }];
    const total = history.slice(1).reduce((acc, s, i) => {
      const d = ratingDelta(history[i], s);
      return { count: acc.count + d.count, sum: acc.sum + d.sum };
    }, { count: 0, sum: 0 });
    expect(total).toEqual({ count: 1, sum: 4 });
  });
});

describe('averageRating', () => {
  it('rounds to one decimal and is null with no visible review', () => {
    expect(averageRating({ count: 3, sum: 13 })).toBe(4.3);
    expect(averageRating({ count: 0, sum: 0 })).toBeNull();
  });
});
