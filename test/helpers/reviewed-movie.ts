import { bookSeats } from './admin-fixtures.js';
import { customer, withDemoData } from './customers.js';
import { staffMember } from './staff.js';
import { createTestEnv } from './test-app.js';

/** A show 90 minutes after the test clock's start (2026-12-01 12:00 IST). */
const SOON = 'charminar-cinemas-1-20261201-1330';

/**
 * The movie page with reviews as someone who watched the movie sees it (average, their own
 * review in the form, other reviews, one hidden by staff), in each language: an in-process app
 * whose clock has passed the show. Browser tests draw this HTML on the real server's origin.
 */
export async function reviewedMoviePages(langs: string[]): Promise<Record<string, string>> {
  const env = await createTestEnv({ rateLimits: 'off' });
  try {
    await withDemoData(env);
    const movieId = ((await (await env.app.request(`/api/v1/showtimes/${SOON}`)).json()) as { showtime: { movieId: string } }).showtime.movieId;
    const viewers = [];
    for (let i = 0; i < 3; i++) {
      const c = await customer(env, { name: `Viewer${i} Demo` });
      await bookSeats(c, SOON, [`G${i + 1}`]);
      viewers.push(c);
    }
    env.clock.advance(2 * 60 * 60_000);
    const texts = ['Loved the songs, the second half drags a little.', 'Worth it for the climax alone.', 'Not about the movie at all.'];
    for (const [i, c] of viewers.entries()) await c.request('PUT', `/api/v1/movies/${movieId}/reviews/mine`, { json: { rating: 5 - i, text: texts[i] } });
    const manager = await staffMember(env, [{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
    await manager.request('POST', `/admin/reviews/${movieId}/${viewers[2].userId}/hide`, { form: { reason: 'Off topic' } });
    const out: Record<string, string> = {};
    for (const lang of langs) out[lang] = await (await viewers[0].get(`/movies/${movieId}?city=hyderabad`, { 'accept-language': lang })).text();
    return out;
  } finally {
    await env.close();
  }
}
