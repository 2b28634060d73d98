import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canReview } from '../../server/reviews/review-eligibility.js';
import { batchPutConcurrently } from '../../server/store/batch-put.js';
import { listUserBookings } from '../../server/store/bookings.js';
import { loadCatalog } from '../../server/store/catalog.js';
import { customer, withDemoData } from '../helpers/customers.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// Eligibility to review reads the person's whole history, not only their newest 200 bookings.
let env: TestEnv;
let watchedLongAgo: string;
let other: string;
let never: string;

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  [watchedLongAgo, other, never] = (await loadCatalog(env.db)).movies.map((m) => m.id);
});
afterAll(() => env.close());

/** `count` bookings seeded straight in the store, oldest first, a day apart, for shows that have started. */
async function seedHistory(userId: string, firsts: { movieId: string; status: 'confirmed' | 'cancelled' }[], count: number) {
  const start = Date.parse('2024-01-01T10:00:00Z');
  const items = Array.from({ length: count }, (_, i) => {
    const first = firsts[i];
    const at = new Date(start + i * 86400_000).toISOString();
    const id = `MVM-SEED-${userId.slice(0, 6)}-${String(i).padStart(4, '0')}`;
    return {
      pk: `BOOKING#${id}`,
      sk: 'BOOKING',
      type: 'booking',
      id,
      userId,
      movieId: first?.movieId ?? other,
      showtimeId: `seed-show-${i}`,
      status: first?.status ?? 'confirmed',
      startsAt: at,
      createdAt: new Date(Date.parse(at) - 3600_000).toISOString(),
      seats: ['A1'],
      payment: { status: 'captured', method: 'upi', reference: `seed-${i}` },
      gsi1pk: `USERBOOKINGS#${userId}`,
      gsi1sk: `${new Date(Date.parse(at) - 3600_000).toISOString()}#${id}`,
    };
  });
  await batchPutConcurrently(env.db, items);
}

describe('review eligibility over a long history', () => {
  it('counts a ticket older than the newest 200 bookings', async () => {
    const fan = await customer(env);
    await seedHistory(fan.userId, [{ movieId: watchedLongAgo, status: 'confirmed' }], 260);
    // The newest-200 page (what eligibility used to read) does not hold it.
    expect((await listUserBookings(env.db, fan.userId)).some((b) => b.movieId === watchedLongAgo)).toBe(false);
    const now = env.clock.now();
    expect(await canReview(env.db, fan.userId, watchedLongAgo, now)).toBe(true);
    expect(await canReview(env.db, fan.userId, other, now)).toBe(true);
    expect(await canReview(env.db, fan.userId, never, now)).toBe(false);
    // And the API lets them write it.
    const res = await fan.request('PUT', `/api/v1/movies/${watchedLongAgo}/reviews/mine`, { json: { rating: 4, text: 'Still remember it' } });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { review: { rating: number } }).review.rating).toBe(4);
  });

  it('does not count an old ticket that was cancelled', async () => {
    const fan = await customer(env);
    await seedHistory(fan.userId, [{ movieId: watchedLongAgo, status: 'cancelled' }], 230);
    expect(await canReview(env.db, fan.userId, watchedLongAgo, env.clock.now())).toBe(false);
    const res = await fan.request('PUT', `/api/v1/movies/${watchedLongAgo}/reviews/mine`, { json: { rating: 4 } });
    expect(res.status).toBe(403);
  });
});
