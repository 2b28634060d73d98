import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../server/store/catalog.js';
import { addMovieSales } from '../../server/store/movie-sales.js';
import { bookSeats } from '../helpers/admin-fixtures.js';
import { customer, withDemoData } from '../helpers/customers.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// "Popular this week" counts seats SOLD in the last 7 days (by the day of the sale, on the
// theater's calendar), whatever the day of the show. The test clock starts at 2026-12-01 12:00 IST.
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const json = async (r: Response) => (await r.json()) as Json;
const DAY = 86400_000;

let env: TestEnv;
let shows: Json[];

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  shows = (await json(await env.app.request('/api/v1/showtimes?city=hyderabad&date=2026-12-05'))).showtimes as Json[];
});
afterAll(() => env.close());

const soldItems = async () => (await env.scanAll()).filter((i) => String(i.sk).startsWith('SOLD#'));
const popular = async () => {
  env.clock.advance(61_000); // past the city's one-minute cache
  const body = await json(await env.app.request('/api/v1/recommendations?city=hyderabad'));
  return (body.movies as Json[]).filter((m) => m.reasons.some((r: Json) => r.kind === 'popular')).map((m) => m.movieId as string);
};

describe('popular this week', () => {
  it('counts a sale on the day it was made, not the day of its show, and a cancellation takes it back', async () => {
    const show = shows[0];
    const c = await customer(env);
    const booking = await bookSeats(c, show.id, ['A1', 'A2']);
    const items = await soldItems();
    expect(items.map((i) => i.sk)).toEqual(['SOLD#2026-12-01']); // sold today, for a show on 5 December
    expect(items[0][`m:${show.movieId}`]).toBe(2);
    expect(items[0][`l:${show.movieId}:${show.language}`]).toBe(2);
    expect(await popular()).toEqual([show.movieId]);
    expect((await c.post(`/api/v1/bookings/${booking.id}/cancel`, {})).status).toBe(200);
    expect((await soldItems())[0][`m:${show.movieId}`]).toBe(0);
    expect(await popular()).toEqual([]);
  });

  it('ranks by seats sold in the last 7 days: an older sale no longer counts', async () => {
    const catalog = await loadCatalog(env.db);
    const theater = catalog.theaters.find((t) => t.cityId === 'hyderabad')!;
    const movieIds = [...new Set(shows.map((s) => s.movieId as string))];
    expect(movieIds.length).toBeGreaterThanOrEqual(3);
    const [old, recent, today] = movieIds;
    const facts = (movieId: string) => ({ theaterId: theater.id, movieId, language: shows.find((s) => s.movieId === movieId)!.language, timezone: theater.timezone });
    const now = env.clock.now().getTime();
    // Sales seeded straight in the store at their sale times: 50 seats 8 days ago, 5 seats 6 days ago.
    await addMovieSales(env.db, facts(old), new Date(now - 8 * DAY).toISOString(), 50);
    await addMovieSales(env.db, facts(recent), new Date(now - 6 * DAY).toISOString(), 5);
    // And 3 seats today through the real booking path, for a show days ahead.
    await bookSeats(await customer(env), shows.find((s) => s.movieId === today)!.id, ['B1', 'B2', 'B3']);
    expect(await popular()).toEqual([recent, today]);
    // A day later the sale of 6 days ago is 7 days old: out of the week.
    env.clock.advance(DAY);
    expect(await popular()).toEqual([today]);
  });
});
