import { BatchWriteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_MOVIES, userMovieHistory } from '../../server/store/user-movie-history.js';
import { bookSeats } from '../helpers/admin-fixtures.js';
import { customer, withDemoData } from '../helpers/customers.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// "Because you watched" reads the person's whole history (up to 40 movies), not the newest 200
// bookings (docs/reviews-and-recommendations.md).
const SOON = 'charminar-cinemas-1-20261201-1330';
const LATER = 'charminar-cinemas-1-20261203-2030';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const json = async (r: Response) => (await r.json()) as Json;

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
});
afterAll(() => env.close());

/** `n` copies of a real booking item (same size), each newer than the last, for `movieOf(i)`. */
async function seedNewer(bookingId: string, n: number, movieOf: (i: number) => string): Promise<void> {
  const { Item } = await env.db.doc.send(new GetCommand({ TableName: env.db.table, Key: { pk: `BOOKING#${bookingId}`, sk: 'BOOKING' } }));
  const base = Date.parse(Item!.createdAt as string);
  const items = Array.from({ length: n }, (_, i) => {
    const createdAt = new Date(base + (i + 1) * 1000).toISOString();
    const id = `${bookingId}-${i}`;
    return { ...Item!, pk: `BOOKING#${id}`, id, movieId: movieOf(i), createdAt, gsi1sk: `${createdAt}#${id}` };
  });
  for (let i = 0; i < items.length; i += 25) {
    await env.db.doc.send(new BatchWriteCommand({ RequestItems: { [env.db.table]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
}

describe('"because you watched" over the whole history', () => {
  it('finds a movie watched before the newest 200 bookings', async () => {
    const watcher = await customer(env);
    const first = await bookSeats(watcher, SOON, ['G1']);
    const watched = (await json(await env.app.request(`/api/v1/showtimes/${SOON}`))).showtime.movieId as string;
    await seedNewer(first.id, 249, (i) => `old-favourite-${i % 3}`);
    env.clock.advance(2 * 60 * 60_000); // SOON has been watched
    const history = await userMovieHistory(env.db, watcher.userId, env.clock.now());
    expect(history).toMatchObject({ read: 250, complete: true });
    expect(history.watched).toContain(watched);

    const movies = (await json(await env.app.request('/api/v1/movies'))).movies as Json[];
    const title = movies.find((m) => m.id === watched)!.title as string;
    const body = await json(await watcher.get('/api/v1/recommendations?city=hyderabad'));
    expect(body.personal).toBe(true);
    expect(body.movies.map((m: Json) => m.movieId)).not.toContain(watched); // booked: left out
    expect(body.movies.flatMap((m: Json) => m.reasons)).toContainEqual({ kind: 'watched', title });
  });

  it(`stops at a page once it has seen ${HISTORY_MOVIES} movies`, async () => {
    const many = await customer(env);
    const first = await bookSeats(many, LATER, ['G2']);
    await seedNewer(first.id, 249, (i) => `movie-${i}`);
    const history = await userMovieHistory(env.db, many.userId, env.clock.now());
    expect(history).toMatchObject({ read: 100, complete: false });
    expect(history.booked).toHaveLength(100);
  });
});
