import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MOVIES } from '../../server/local/demo-catalog.js';
import { loadDemoData } from '../../server/local/demo-data.js';
import { Client } from '../helpers/http.js';
import { putCatalog, setShowFields, testMovie, testShow, testTheater } from '../helpers/catalog-fixtures.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01T06:30Z: 12:00 noon in India, 20:30 on 30 November in Honolulu.
let env: TestEnv;
let c: Client;

const honolulu = testTheater('aloha-cinema', 'test-islands', 'Pacific/Honolulu', 'Aloha Cinema');
const town = testTheater('town-talkies', 'test-town', 'Asia/Kolkata', 'Town Talkies');
const nextWeekOnly = testMovie('next-week-only', { title: 'Next Week Only', languages: ['Kannada'], genres: ['Mystery'] });
const pastOnly = testMovie('past-only', { title: 'Past Only', languages: ['Kannada'], genres: ['Mystery'] });
const kaveri = DEMO_MOVIES.find((m) => m.id === 'kaveri-song')!;
const lastDay = testMovie('last-day', { title: 'Last Day', languages: ['Kannada'], genres: ['Mystery'] });

type ShowtimeJson = Record<string, unknown> & { id: string; startsAt: string; theaterId: string; language: string; format: string; movieId: string };

async function showtimes(query: string): Promise<ShowtimeJson[]> {
  const res = await c.get(`/api/v1/showtimes?${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { showtimes: ShowtimeJson[] }).showtimes;
}

async function movieIds(query: string): Promise<string[]> {
  const res = await c.get(`/api/v1/movies?${query}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { movies: { id: string }[] }).movies.map((m) => m.id);
}

async function error(path: string): Promise<{ status: number; code: string; fields: Record<string, string> }> {
  const res = await c.get(path);
  const body = (await res.json()) as { error: { code: string; details?: { fields?: Record<string, string> } } };
  return { status: res.status, code: body.error.code, fields: body.error.details?.fields ?? {} };
}

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await loadDemoData(env.db, { demoPassword: 'x'.repeat(12), now: env.clock.now() });
  await putCatalog(env.db, {
    cities: [
      { id: 'test-islands', name: 'Test Islands' },
      { id: 'test-town', name: 'Test Town' },
    ],
    theaters: [honolulu, town],
    movies: [nextWeekOnly, pastOnly, lastDay],
    shows: [
      // Honolulu's today is still 30 November.
      testShow('aloha-late', honolulu, nextWeekOnly, '2026-11-30', '21:30'),
      testShow('aloha-morning', honolulu, nextWeekOnly, '2026-12-01', '10:00'),
      // 00:15 on 2 December in India is still 1 December in UTC.
      testShow('town-midnight', town, kaveri, '2026-12-02', '00:15'),
      testShow('town-past', town, pastOnly, '2026-12-01', '09:00'),
      testShow('town-day8', town, nextWeekOnly, '2026-12-08', '18:00'),
      testShow('town-day7', town, lastDay, '2026-12-07', '18:00'),
    ],
  });
  c = new Client(env.app);
});
afterAll(() => env.close());

describe('GET /api/v1/cities and /movies', () => {
  it('lists the cities', async () => {
    const res = await c.get('/api/v1/cities');
    expect(res.status).toBe(200);
    const { cities } = (await res.json()) as { cities: { id: string; name: string }[] };
    expect(cities.map((x) => x.name)).toEqual(['Bengaluru', 'Hyderabad', 'Mumbai', 'Test Islands', 'Test Town']);
  });

  it('lists every movie without a city, best rated first, in the API shape', async () => {
    const res = await c.get('/api/v1/movies');
    const { movies } = (await res.json()) as { movies: Record<string, unknown>[] };
    expect(movies).toHaveLength(10);
    expect(movies[0]).toEqual({
      id: 'godavari-rising',
      title: 'Godavari Rising',
      languages: ['Telugu', 'Hindi'],
      genres: ['Action', 'Drama'],
      durationMinutes: 165,
      rating: 4.6,
      certificate: 'UA13+',
    });
  });

  it("keeps a city's movies to those showing there in the next 7 days", async () => {
    expect((await movieIds('city=mumbai')).sort()).toEqual(['chai-and-chaos', 'godavari-rising', 'monsoon-express', 'orbit-of-ashes', 'paper-tigers']);
    // Day 7 (7 December) is in the window, day 8 is not, and a show that already started does not count.
    expect(await movieIds('city=test-town')).toEqual(['kaveri-song', 'last-day']);
    expect(await movieIds('city=test-islands')).toEqual(['next-week-only']);
  });

  it('combines city, language and genre, ignoring case', async () => {
    expect(await movieIds('city=mumbai&language=english&genre=FAMILY')).toEqual(['paper-tigers']);
    expect(await movieIds('city=mumbai&language=Tamil')).toEqual([]);
    expect(await movieIds('language=Tamil')).toEqual(['kaveri-song']);
    expect(await movieIds('genre=thriller')).toEqual(['hyderabad-nights']);
  });

  it('refuses an unknown city with 400 naming the field', async () => {
    expect(await error('/api/v1/movies?city=atlantis')).toEqual({ status: 400, code: 'invalid_request', fields: { city: 'No city has this id.' } });
  });
});

describe('GET /api/v1/showtimes', () => {
  it("lists the city's shows still on sale today, with the theater's offset", async () => {
    const list = await showtimes('city=hyderabad');
    // At noon in Hyderabad the 10:00 shows have started; 13:30, 17:00 and 20:30 on four screens remain.
    expect(list).toHaveLength(12);
    expect(new Set(list.map((s) => s.startsAt.slice(11)))).toEqual(new Set(['13:30:00+05:30', '17:00:00+05:30', '20:30:00+05:30']));
    expect(list.map((s) => s.startsAt)).toEqual([...list.map((s) => s.startsAt)].sort());
    expect(list.find((s) => s.id === 'charminar-cinemas-1-20261201-1330')).toEqual({
      id: 'charminar-cinemas-1-20261201-1330',
      movieId: 'monsoon-express',
      movieTitle: 'Monsoon Express',
      theaterId: 'charminar-cinemas',
      theaterName: 'Charminar Cinemas',
      screenId: 'charminar-cinemas-1',
      screenName: 'Screen 1',
      city: 'hyderabad',
      startsAt: '2026-12-01T13:30:00+05:30',
      timezone: 'Asia/Kolkata',
      language: 'Hindi',
      format: '2D',
      seatsAvailable: 70,
      seatsTotal: 70,
      status: 'scheduled',
    });
  });

  it('includes the shows that started when includePast=1', async () => {
    const list = await showtimes('city=hyderabad&includePast=1');
    expect(list).toHaveLength(16);
    expect(list.filter((s) => s.startsAt === '2026-12-01T10:00:00+05:30').map((s) => s.id).sort()).toEqual([
      'charminar-cinemas-1-20261201-1000',
      'charminar-cinemas-2-20261201-1000',
      'hitech-screens-1-20261201-1000',
      'hitech-screens-2-20261201-1000',
    ]);
  });

  it("reads date in the theater's zone, and defaults to the theater's today", async () => {
    expect((await showtimes('city=test-town&date=2026-12-02')).map((s) => [s.id, s.startsAt])).toEqual([
      ['town-midnight', '2026-12-02T00:15:00+05:30'],
    ]);
    expect((await showtimes('city=test-town&date=2026-12-01')).map((s) => s.id)).toEqual([]);
    expect((await showtimes('city=test-town&date=2026-12-01&includePast=1')).map((s) => s.id)).toEqual(['town-past']);
    // In Honolulu it is 20:30 on 30 November: its today is the 30th, whatever the date in India.
    expect((await showtimes('city=test-islands')).map((s) => [s.id, s.startsAt])).toEqual([['aloha-late', '2026-11-30T21:30:00-10:00']]);
    expect((await showtimes('theater=aloha-cinema&date=2026-12-01')).map((s) => [s.id, s.startsAt, s.timezone])).toEqual([
      ['aloha-morning', '2026-12-01T10:00:00-10:00', 'Pacific/Honolulu'],
    ]);
  });

  it('combines every filter', async () => {
    const telugu = await showtimes('city=hyderabad&date=2026-12-01&language=telugu&time=evening');
    expect(telugu.map((s) => s.id).sort()).toEqual(['charminar-cinemas-1-20261201-2030', 'hitech-screens-2-20261201-2030']);

    const atmos = await showtimes('city=hyderabad&language=English&format=2D%20Dolby%20Atmos');
    expect(atmos.map((s) => [s.id, s.movieId])).toEqual([
      ['hitech-screens-1-20261201-1700', 'orbit-of-ashes'],
      ['hitech-screens-1-20261201-2030', 'paper-tigers'],
    ]);

    const oneMovie = await showtimes('theater=charminar-cinemas&movie=godavari-rising&date=2026-12-01&includePast=1');
    expect(oneMovie.map((s) => s.id)).toEqual(['charminar-cinemas-2-20261201-1000', 'charminar-cinemas-1-20261201-2030']);

    const thrillers = await showtimes('city=hyderabad&genre=Thriller&time=afternoon');
    expect(thrillers.map((s) => s.id)).toEqual(['charminar-cinemas-2-20261201-1330', 'hitech-screens-1-20261201-1330']);

    expect(await showtimes('city=hyderabad&time=night')).toEqual([]);
    expect(await showtimes('city=hyderabad&movie=kaveri-song')).toEqual([]);
  });

  it('lets a theater imply its city, and finds nothing for a theater of another city', async () => {
    const list = await showtimes('theater=hitech-screens&date=2026-12-03');
    expect(list).toHaveLength(8);
    expect(new Set(list.map((s) => `${s.theaterId} ${s.city}`))).toEqual(new Set(['hitech-screens hyderabad']));
    expect(await showtimes('theater=hitech-screens&city=mumbai')).toEqual([]);
  });

  it('answers 400 invalid_request naming the fields', async () => {
    expect(await error('/api/v1/showtimes')).toMatchObject({ status: 400, code: 'invalid_request', fields: { city: 'Give a city or a theater.', theater: 'Give a city or a theater.' } });
    expect(await error('/api/v1/showtimes?city=hyderabad&date=2026-13-01')).toEqual({ status: 400, code: 'invalid_request', fields: { date: 'That day does not exist.' } });
    expect(await error('/api/v1/showtimes?city=hyderabad&date=1-12-2026')).toEqual({ status: 400, code: 'invalid_request', fields: { date: 'Use a date as YYYY-MM-DD.' } });
    expect(await error('/api/v1/showtimes?city=hyderabad&date=2026-02-30&includePast=maybe&time=brunch')).toMatchObject({
      status: 400,
      fields: { date: 'That day does not exist.', includePast: 'Use 1 or 0.', time: expect.stringContaining('morning') },
    });
    expect(await error('/api/v1/showtimes?theater=nowhere')).toEqual({ status: 400, code: 'invalid_request', fields: { theater: 'No theater has this id.' } });
    expect(await error('/api/v1/showtimes?city=atlantis')).toEqual({ status: 400, code: 'invalid_request', fields: { city: 'No city has this id.' } });
  });
});

describe('GET /api/v1/showtimes/:id', () => {
  it('returns one showtime with seats left from seatsSold', async () => {
    await setShowFields(env.db, 'hitech-screens-1-20261202-1700', { seatsSold: 37 });
    const res = await c.get('/api/v1/showtimes/hitech-screens-1-20261202-1700');
    expect(res.status).toBe(200);
    const { showtime } = (await res.json()) as { showtime: ShowtimeJson };
    expect(showtime).toMatchObject({
      id: 'hitech-screens-1-20261202-1700',
      theaterName: 'Hitech Screens',
      screenName: 'Grand Hall',
      startsAt: '2026-12-02T17:00:00+05:30',
      format: '2D Dolby Atmos',
      seatsTotal: 1200,
      seatsAvailable: 1163,
    });
    const listed = (await showtimes('theater=hitech-screens&date=2026-12-02&time=evening')).find((s) => s.id === showtime.id);
    expect(listed?.seatsAvailable).toBe(1163);
  });

  it('answers 404 not_found for an unknown id', async () => {
    expect(await error('/api/v1/showtimes/no-such-show')).toEqual({ status: 404, code: 'not_found', fields: {} });
  });

  it('hides a cancelled show from lists but still answers for its id', async () => {
    await setShowFields(env.db, 'charminar-cinemas-1-20261203-1330', { status: 'cancelled' });
    const list = await showtimes('theater=charminar-cinemas&date=2026-12-03&includePast=1');
    expect(list.map((s) => s.id)).not.toContain('charminar-cinemas-1-20261203-1330');
    expect(list).toHaveLength(7);
    const res = await c.get('/api/v1/showtimes/charminar-cinemas-1-20261203-1330');
    expect(((await res.json()) as { showtime: { status: string } }).showtime.status).toBe('cancelled');
  });
});

describe('as time passes', () => {
  it('drops shows once they start, and brings them back with includePast=1', async () => {
    env.clock.advance(5.5 * 3_600_000); // 17:30 in India
    const list = await showtimes('city=hyderabad');
    expect(list.map((s) => s.startsAt)).toEqual(Array(4).fill('2026-12-01T20:30:00+05:30'));
    expect(await showtimes('city=hyderabad&includePast=1')).toHaveLength(16);
    // Honolulu's 21:30 show of 30 November has started too (it is 01:00 on 1 December there).
    expect((await showtimes('city=test-islands')).map((s) => s.id)).toEqual(['aloha-morning']);
  });
});
