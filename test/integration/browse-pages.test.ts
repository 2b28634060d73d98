import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_THEATERS } from '../../server/local/demo-catalog.js';
import { loadDemoData } from '../../server/local/demo-data.js';
import { putCatalog, testMovie, testShow } from '../helpers/catalog-fixtures.js';
import { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01T06:30Z: 12:00 noon in India. The 10:00 shows have started.
let env: TestEnv;
let c: Client;

const EVIL = '<script>alert(1)</script>';
const evilMovie = testMovie('evil-movie', {
  title: EVIL,
  synopsis: '"><img src=x onerror=alert(2)>',
  cast: ['<b>Bold</b> Actor'],
  genres: ['<i>Noir</i>'],
  rating: 1,
});
const charminar = DEMO_THEATERS.find((t) => t.id === 'charminar-cinemas')!;

async function html(path: string, headers?: Record<string, string>): Promise<{ status: number; body: string; res: Response }> {
  const res = await c.get(path, headers);
  return { status: res.status, body: await res.text(), res };
}

/** Ids of the showtimes a page links to, in page order. */
function showLinks(body: string): string[] {
  return [...body.matchAll(/href="\/showtimes\/([^"]+)"/g)].map((m) => m[1]);
}

function h1(body: string): string {
  return body.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1].replace(/<[^>]+>/g, '').replaceAll('&#39;', "'");
}

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await loadDemoData(env.db, { demoPassword: 'x'.repeat(12), now: env.clock.now() });
  await putCatalog(env.db, {
    movies: [evilMovie],
    shows: [testShow('evil-show', charminar, evilMovie, '2026-12-01', '22:15', { movieTitle: EVIL, language: 'Hindi' })],
  });
  c = new Client(env.app);
});
afterAll(() => env.close());

describe('home and search', () => {
  it("shows the first city's movies today on the home page, with a date strip that keeps the city", async () => {
    const { status, body } = await html('/');
    expect(status).toBe(200);
    expect(body.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(h1(body)).toBe("What's on in Bengaluru — Today");
    expect(body).toContain('Kaveri Song');
    expect(showLinks(body)).toContain('lalbagh-pictures-1-20261201-1330');
    expect(showLinks(body)).not.toContain('lalbagh-pictures-1-20261201-1000');

    const { body: mumbai } = await html('/?city=mumbai');
    const strip = [...mumbai.matchAll(/<a href="([^"]+)"[^>]*class="date-pill"( aria-current="date")?/g)];
    expect(strip.map((m) => m[1])).toEqual(
      ['01', '02', '03', '04', '05', '06', '07'].map((d) => `/?city=mumbai&amp;date=2026-12-${d}`),
    );
    expect(strip.map((m) => Boolean(m[2]))).toEqual([true, false, false, false, false, false, false]);
    expect(mumbai).toContain('<span class="date-pill-top">Tomorrow</span>');
    expect(mumbai).toContain('<span class="date-pill-top">Thu</span>');
  });

  it('combines city, date, language and time of day', async () => {
    const { status, body } = await html('/search?city=hyderabad&date=2026-12-01&language=Telugu&time=evening');
    expect(status).toBe(200);
    expect(showLinks(body).sort()).toEqual(['charminar-cinemas-1-20261201-2030', 'hitech-screens-2-20261201-2030']);
    expect(body).toContain('Godavari Rising');
    expect(body).not.toContain('Monsoon Express</a>');
    expect(body).toContain('2 shows of 1 movie');
    expect(body).toMatch(/<option value="Telugu" selected="">Telugu<\/option>/);
    expect(body).toMatch(/<option value="evening" selected="">Evening \(5–9 pm\)<\/option>/);
    expect(body).toMatch(/<details class="filters" open="">/);
  });

  it('filters by movie, theater, genre and format on another day', async () => {
    const { body } = await html('/search?city=hyderabad&date=2026-12-02&theater=hitech-screens&format=2D%20Dolby%20Atmos');
    expect(showLinks(body).sort()).toEqual(['hitech-screens-1-20261202-1000', 'hitech-screens-1-20261202-1330', 'hitech-screens-1-20261202-1700', 'hitech-screens-1-20261202-2030']);
    const thrillers = await html('/search?city=hyderabad&genre=thriller');
    expect(showLinks(thrillers.body)).toEqual(['charminar-cinemas-2-20261201-1330', 'hitech-screens-1-20261201-1330']);
    // The typed "thriller" selects the known "Thriller" choice.
    expect(thrillers.body).toMatch(/<option value="Thriller" selected="">/);
    const oneMovie = await html('/search?city=hyderabad&movie=paper-tigers');
    expect(showLinks(oneMovie.body)).toEqual(['charminar-cinemas-2-20261201-2030', 'hitech-screens-1-20261201-2030']);
  });

  it('says so when nothing matches', async () => {
    const { status, body } = await html('/search?city=hyderabad&time=morning');
    expect(status).toBe(200);
    expect(showLinks(body)).toEqual([]);
    expect(body).toContain('No show in Hyderabad for today matches these filters.');
  });

  it('keeps the other filters in the date and city links, and drops the theater when the city changes', async () => {
    const { body } = await html('/search?theater=hitech-screens&language=English');
    expect(h1(body)).toBe("What's on in Hyderabad — Today");
    expect(body).toContain('href="/search?city=hyderabad&amp;date=2026-12-03&amp;theater=hitech-screens&amp;language=English"');
    expect(body).toContain('href="/search?city=mumbai&amp;date=2026-12-01&amp;language=English"');
    expect(showLinks(body).sort()).toEqual(['hitech-screens-1-20261201-1700', 'hitech-screens-1-20261201-2030']);
  });

  it('opens an old or mistyped link with the bad values dropped', async () => {
    const { status, body } = await html('/search?city=atlantis&date=31-12-2026&movie=nope&time=brunch&theater=nowhere');
    expect(status).toBe(200);
    expect(h1(body)).toBe("What's on in Bengaluru — Today");
    expect(body).not.toMatch(/selected="">(?!All|Any)/);
    expect(showLinks(body).length).toBeGreaterThan(0);
  });

  it('answers an htmx request with the search region only, and a tidy URL to push', async () => {
    const { status, body, res } = await html(
      '/search?city=hyderabad&date=2026-12-01&movie=&theater=&language=Telugu&genre=&format=&time=',
      { 'HX-Request': 'true', 'HX-Trigger': 'search-filters' },
    );
    expect(status).toBe(200);
    expect(body.startsWith('<title>What&#39;s on in Hyderabad · Movie Magic</title><div id="search" class="search">')).toBe(true);
    expect(body.trimEnd().endsWith('</div>')).toBe(true);
    expect(body).not.toContain('<html');
    expect(body).not.toContain('site-header');
    expect(body).toContain('hx-get="/search"');
    expect(res.headers.get('HX-Push-Url')).toBe('/search?city=hyderabad&date=2026-12-01&language=Telugu');
    expect(res.headers.get('Vary')).toContain('HX-Request');
    expect(showLinks(body).sort()).toEqual([
      'charminar-cinemas-1-20261201-2030',
      'charminar-cinemas-2-20261201-1330',
      'hitech-screens-1-20261201-1330',
      'hitech-screens-2-20261201-2030',
    ]);

    // The same region, inside the Layout, for a plain request.
    const full = await html('/search?city=hyderabad&date=2026-12-01&language=Telugu');
    expect(full.body).toContain('<header class="site-header">');
    expect(full.body).toContain(body.slice(body.indexOf('<div id="search"'), 2000));
  });

  it('sends the whole page when htmx restores history after a cache miss', async () => {
    const { body } = await html('/search?city=hyderabad', { 'HX-Request': 'true', 'HX-History-Restore-Request': 'true' });
    expect(body.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(body).toContain('<div id="search" class="search">');
  });
});

describe('movie page', () => {
  it("shows the movie's details and its shows in the city by date and theater", async () => {
    const { status, body } = await html('/movies/godavari-rising?city=hyderabad');
    expect(status).toBe(200);
    expect(h1(body)).toBe('Godavari Rising');
    for (const text of ['A boatman stands up to the sand mafia', 'Venkat Rao', 'Lakshmi Priya', '2h 45m', 'UA13+', '4.6', 'Telugu, Hindi', 'Action, Drama']) {
      expect(body).toContain(text);
    }
    expect(body).toContain('Shows in Hyderabad');
    const links = showLinks(body);
    expect(links).toContain('charminar-cinemas-1-20261201-2030');
    expect(links).not.toContain('charminar-cinemas-2-20261201-1000');
    expect(links.every((id) => id.startsWith('charminar-cinemas') || id.startsWith('hitech-screens'))).toBe(true);
    // Grouped by day (in order), then by theater with a link to it.
    const days = [...body.matchAll(/<h3 id="day-(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1]);
    expect(days[0]).toBe('2026-12-01');
    expect(days).toEqual([...days].sort());
    expect(body).toContain('<time datetime="2026-12-01">Today</time>');
    expect(body).toContain('<a href="/theaters/hitech-screens">Hitech Screens</a>');
  });

  it('lists the shows of the city picked', async () => {
    const { body } = await html('/movies/godavari-rising?city=mumbai');
    expect(body).toContain('Shows in Mumbai');
    expect(showLinks(body).length).toBeGreaterThan(0);
    expect(showLinks(body).every((id) => id.startsWith('marine-drive-talkies') || id.startsWith('andheri-cineplex'))).toBe(true);
  });

  it('says when the movie has no shows in the city', async () => {
    const { status, body } = await html('/movies/kaveri-song?city=mumbai');
    expect(status).toBe(200);
    expect(body).toContain('Kaveri Song has no shows on sale in Mumbai this week.');
  });

  it('answers 404 with the error page for an unknown movie', async () => {
    const { status, body } = await html('/movies/no-such-movie');
    expect(status).toBe(404);
    expect(h1(body)).toBe('Page not found');
    expect(body).toContain('We could not find that movie.');
  });
});

describe('theater page', () => {
  it("shows the address, amenities, cancellation policy and today's shows by movie", async () => {
    const { status, body } = await html('/theaters/hitech-screens');
    expect(status).toBe(200);
    expect(h1(body)).toBe('Hitech Screens');
    expect(body).toContain('HITEC City Main Road, Madhapur, Hyderabad 500081');
    expect(body).toContain('<li class="amenity">Dolby Atmos</li>');
    expect(body).toContain('<li class="amenity">Wheelchair access</li>');
    expect(body).toContain('Cancel at least 24 hours before the show for 75% of the ticket price back.');
    expect(body).toContain('Cancellations less than 4 hours before the show are not refunded.');
    expect(body).toContain('<time datetime="2026-12-01">Today</time>');
    expect(showLinks(body).sort()).toEqual([
      'hitech-screens-1-20261201-1330',
      'hitech-screens-1-20261201-1700',
      'hitech-screens-1-20261201-2030',
      'hitech-screens-2-20261201-1330',
      'hitech-screens-2-20261201-1700',
      'hitech-screens-2-20261201-2030',
    ]);
    expect(body).toContain('<a href="/movies/orbit-of-ashes?city=hyderabad">Orbit of Ashes</a>');
    expect(body).toMatch(/<a href="\/theaters\/hitech-screens\?date=2026-12-01" class="date-pill" aria-current="date">/);
  });

  it('shows another day picked in its date strip', async () => {
    const { body } = await html('/theaters/hitech-screens?date=2026-12-07');
    expect(body).toMatch(/<a href="\/theaters\/hitech-screens\?date=2026-12-07" class="date-pill" aria-current="date">/);
    expect(body).toContain('<time datetime="2026-12-07">Mon, 7 Dec</time>');
    expect(showLinks(body)).toHaveLength(8);
    expect(showLinks(body).every((id) => id.startsWith('hitech-screens-') && id.includes('-20261207-'))).toBe(true);
  });

  it('answers 404 with the error page for an unknown theater', async () => {
    const { status, body } = await html('/theaters/no-such-theater');
    expect(status).toBe(404);
    expect(body).toContain('We could not find that theater.');
  });
});

describe('escaping', () => {
  it('shows a hostile movie title as text on every page', async () => {
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;';
    const pages = ['/search?city=hyderabad', '/movies/evil-movie?city=hyderabad', '/theaters/charminar-cinemas'];
    for (const path of pages) {
      const { status, body } = await html(path);
      expect(status).toBe(200);
      expect(body).toContain(escaped);
      expect(body).not.toContain(EVIL);
    }
    const movie = await html('/movies/evil-movie?city=hyderabad');
    expect(movie.body).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(movie.body).toContain('&lt;b&gt;Bold&lt;/b&gt; Actor');
    expect(movie.body).not.toContain('<img src=x');
    expect(showLinks(movie.body)).toEqual(['evil-show']);
  });

  it('escapes filter values echoed from the URL', async () => {
    const { body } = await html('/search?city=hyderabad&language=%22%3E%3Cscript%3Ealert(3)%3C/script%3E');
    expect(body).not.toContain('<script>alert(3)');
    expect(body).toContain('&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;');
  });
});
