import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSeats } from '../helpers/admin-fixtures.js';
import { customer, withDemoData } from '../helpers/customers.js';
import type { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01 12:00 IST; SOON starts 90 minutes later.
const SOON = 'charminar-cinemas-1-20261201-1330';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const json = async (r: Response) => (await r.json()) as Json;

let env: TestEnv;
let watcher: Client;
let watched: Json;
let popular: Json;
let movies: Map<string, Json>;

/** The "Recommended for you" / "Popular in" section of a home page, as text. */
function row(html: string): string {
  const start = html.indexOf('<section class="recommended"');
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
}

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  movies = new Map(((await json(await env.app.request('/api/v1/movies'))).movies as Json[]).map((m) => [m.id, m]));
  const soon = (await json(await env.app.request(`/api/v1/showtimes/${SOON}`))).showtime;
  watched = movies.get(soon.movieId)!;
  const shows = (await json(await env.app.request('/api/v1/showtimes?city=hyderabad&date=2026-12-03'))).showtimes as Json[];
  const other = shows.find((s) => s.movieId !== watched.id)!;
  popular = movies.get(other.movieId)!;
  // Through the real hold and booking path: one viewer of SOON, and a crowd for the other movie.
  watcher = await customer(env);
  await bookSeats(watcher, SOON, ['E1']);
  for (let i = 0; i < 3; i++) await bookSeats(await customer(env), other.id, [`F${2 * i + 1}`, `F${2 * i + 2}`]);
  env.clock.advance(2 * 60 * 60_000); // SOON has been watched
});
afterAll(() => env.close());

describe('the home page row', () => {
  it('signed out: popular in the city, the most booked movie first, saying why', async () => {
    const section = row(await (await env.app.request('/?city=hyderabad')).text());
    expect(section).toContain('Popular in Hyderabad');
    const first = section.match(/<h3 class="movie-title"><a href="[^"]+">([^<]+)<\/a>/)![1];
    expect(first).toBe(popular.title);
    expect(section).toContain('Popular in Hyderabad this week');
    expect(section).not.toContain('Because you watched');
  });

  it('signed in: leaves out what they booked, says which movie each pick is like, in their language', async () => {
    const section = row(await (await watcher.get('/?city=hyderabad')).text());
    expect(section).toContain('Recommended for you');
    expect(section).not.toContain(`>${watched.title}<`);
    expect(section).toContain(`Because you watched ${watched.title}`);

    const te = row(await (await watcher.get('/?city=hyderabad', { 'accept-language': 'te' })).text());
    expect(te).toContain('మీ కోసం సూచనలు');
    expect(te).toContain(`మీరు ${watched.title} చూసినందున`);
  });

  it('answers the same row as JSON, reasons as codes', async () => {
    const body = await json(await watcher.get('/api/v1/recommendations?city=hyderabad'));
    expect(body).toMatchObject({ city: 'hyderabad', personal: true });
    expect(body.movies.map((m: Json) => m.movieId)).not.toContain(watched.id);
    expect(body.movies[0].reasons[0]).toEqual({ kind: 'watched', title: watched.title });
    const open = await json(await env.app.request('/api/v1/recommendations?city=hyderabad'));
    expect(open.personal).toBe(false);
    expect(open.movies[0]).toEqual({ movieId: popular.id, title: popular.title, reasons: [{ kind: 'popular', city: 'Hyderabad' }] });
    expect(await json(await env.app.request('/api/v1/recommendations?city=atlantis'))).toEqual({ city: null, personal: false, movies: [] });
  });

  it('is only on the home page, not on /search', async () => {
    expect(row(await (await watcher.get('/search?city=hyderabad')).text())).toBe('');
  });
});
