import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSeats } from '../helpers/admin-fixtures.js';
import { customer, withDemoData } from '../helpers/customers.js';
import { Client } from '../helpers/http.js';
import { staffMember } from '../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01 12:00 IST; this show starts 90 minutes later.
const SOON = 'charminar-cinemas-1-20261201-1330';
const LATER = 'charminar-cinemas-1-20261203-2030';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const json = async (r: Response) => (await r.json()) as Json;

let env: TestEnv;
let movie: string;
let laterMovie: string;
/** Customers who held a ticket to SOON, which has started by the time the tests run. */
const watched: (Client & { userId: string })[] = [];
let future: Client & { userId: string };
let seatNo = 1;

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  movie = (await json(await env.app.request(`/api/v1/showtimes/${SOON}`))).showtime.movieId;
  laterMovie = (await json(await env.app.request(`/api/v1/showtimes/${LATER}`))).showtime.movieId;
  for (let i = 0; i < 5; i++) {
    const c = await customer(env, { name: `Viewer${i} Test` });
    await bookSeats(c, SOON, [`C${seatNo++}`]);
    watched.push(c);
  }
  future = await customer(env);
  await bookSeats(future, LATER, ['D1']);
  env.clock.advance(2 * 60 * 60_000); // SOON has started
});
afterAll(() => env.close());

const put = (c: Client, m: string, body: unknown) => c.request('PUT', `/api/v1/movies/${m}/reviews/mine`, { json: body });
const list = async (m: string, c: Client = new Client(env.app)) => json(await c.get(`/api/v1/movies/${m}/reviews`));

describe('writing a review', () => {
  it('lets only someone who held a ticket to a past show of the movie review it', async () => {
    const stranger = await customer(env);
    const res = await put(stranger, movie, { rating: 4, text: 'Never saw it' });
    expect(res.status).toBe(403);
    expect((await json(res)).error.code).toBe('not_eligible');
    // A ticket to a show still ahead is not enough.
    expect((await json(await put(future, laterMovie, { rating: 5 }))).error.code).toBe('not_eligible');
    expect((await put(new Client(env.app), movie, { rating: 4 })).status).toBe(401);
    expect((await put(watched[0], 'no-such-movie', { rating: 4 })).status).toBe(404);
  });

  it('refuses a bad rating or a text over 2,000 characters with the fields named', async () => {
    for (const body of [{ rating: 0 }, { rating: 6 }, { rating: 3.5 }, {}, { rating: 4, text: 'x'.repeat(2001) }]) {
      const res = await put(watched[0], movie, body);
      expect(res.status).toBe(400);
      const err = (await json(res)).error;
      expect(err.code).toBe('invalid_request');
      expect(Object.keys(err.details.fields)).toEqual(['text' in body ? 'text' : 'rating']);
    }
  });

  it('keeps one review per person: a second PUT edits it and the average follows', async () => {
    const c = watched[0];
    const first = await put(c, movie, { rating: 2, text: 'Slow start' });
    expect(first.status).toBe(201);
    expect((await list(movie)).count).toBe(1);
    expect((await list(movie)).average).toBe(2);
    const again = await put(c, movie, { rating: 5, text: 'Grew on me' });
    expect(again.status).toBe(200);
    const body = await list(movie, c);
    expect(body).toMatchObject({ count: 1, average: 5, eligible: true, mine: { rating: 5, text: 'Grew on me', hidden: false } });
    expect(body.reviews).toHaveLength(1);
    expect(body.reviews[0]).toMatchObject({ author: 'Viewer0', rating: 5, text: 'Grew on me' });
  });

  it('leaves one review and a correct aggregate when two PUTs race', async () => {
    const c = watched[1];
    const [a, b] = await Promise.all([put(c, movie, { rating: 1 }), put(c, movie, { rating: 3 })]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    const items = (await env.scanAll()).filter((i) => i.pk === `MOVIE#${movie}#REVIEWS`);
    const reviews = items.filter((i) => String(i.sk).startsWith('USER#'));
    const agg = items.find((i) => i.sk === 'AGG')!;
    expect(reviews.filter((r) => r.userId === c.userId)).toHaveLength(1);
    expect(agg.ratingCount).toBe(reviews.length);
    expect(agg.ratingSum).toBe(reviews.reduce((s, r) => s + Number(r.rating), 0));
  });

  it('removes your own review and its rating', async () => {
    const c = watched[2];
    await put(c, movie, { rating: 1 });
    const before = await list(movie);
    expect((await c.request('DELETE', `/api/v1/movies/${movie}/reviews/mine`)).status).toBe(204);
    const after = await list(movie);
    expect(after.count).toBe(before.count - 1);
    expect((await c.request('DELETE', `/api/v1/movies/${movie}/reviews/mine`)).status).toBe(404);
  });

  it('pages the reviews newest first', async () => {
    await put(watched[3], movie, { rating: 4, text: 'Fourth' });
    env.clock.advance(1000);
    await put(watched[4], movie, { rating: 4, text: 'Fifth' });
    const body = await list(movie);
    const times = body.reviews.map((r: Json) => r.updatedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(body.reviews[0].text).toBe('Fifth');
  });
});

describe('the movie page', () => {
  it('shows the average in words, the latest reviews and the form to the eligible', async () => {
    const html = await (await watched[0].get(`/movies/${movie}`)).text();
    expect(html).toMatch(/Rated [\d.]+ out of 5 from \d reviews/);
    expect(html).toContain('Grew on me');
    expect(html).toContain('name="rating" value="5" checked');
    expect(html).toContain('maxlength="2000"');
    const stranger = await customer(env);
    const other = await (await stranger.get(`/movies/${movie}`)).text();
    expect(other).toContain('You can review a movie after you&#39;ve watched it with a Movie Magic ticket.');
    expect(other).not.toContain('name="rating"');
  });

  it('posts the form and redirects back with a notice; a bad form says what is wrong', async () => {
    const c = watched[3];
    const page = await (await c.get(`/movies/${movie}`)).text();
    const csrf = page.match(/name="_csrf" value="([^"]+)"/)![1];
    const ok = await c.request('POST', `/movies/${movie}/review`, { form: { _csrf: csrf, rating: '3', text: 'From the form' } });
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`/movies/${movie}?done=saved#reviews`);
    expect((await list(movie, c)).mine).toMatchObject({ rating: 3, text: 'From the form' });
    const bad = await c.request('POST', `/movies/${movie}/review`, { form: { _csrf: csrf, text: 'no rating' } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Choose a rating from 1 to 5 stars.');
  });

  it('speaks Hindi and Telugu', async () => {
    const te = await (await env.app.request(`/movies/${movie}`, { headers: { 'accept-language': 'te' } })).text();
    expect(te).toContain('సమీక్షలు');
    const hi = await (await env.app.request(`/movies/${movie}`, { headers: { 'accept-language': 'hi' } })).text();
    expect(hi).toContain('समीक्षाएँ');
  });
});

describe('moderation', () => {
  it('hides a review from everyone but its author, drops it from the average, and shows it again', async () => {
    const manager = await staffMember(env, [{ role: 'manager', theaterIds: ['hitech-screens'] }]);
    const author = watched[4];
    const before = await list(movie);
    const page = await (await manager.get(`/admin/reviews?movie=${movie}`)).text();
    expect(page).toContain('Fifth');
    const csrf = page.match(/name="_csrf" value="([^"]+)"/)![1];
    const hide = await manager.request('POST', `/admin/reviews/${movie}/${author.userId}/hide`, { form: { _csrf: csrf, reason: 'Abusive words' } });
    expect(hide.status).toBe(303);
    const hidden = await list(movie, author);
    expect(hidden.count).toBe(before.count - 1);
    expect(hidden.reviews.map((r: Json) => r.text)).not.toContain('Fifth');
    expect(hidden.mine).toMatchObject({ hidden: true, hiddenReason: 'Abusive words' });
    expect(await (await author.get(`/movies/${movie}`)).text()).toContain('Reason: Abusive words');
    const audit = (await env.scanAll()).filter((i) => i.type === 'audit' && i.what === 'review.hide');
    expect(audit).toHaveLength(1);
    // Editing a hidden review keeps it hidden and out of the average.
    await put(author, movie, { rating: 1, text: 'Edited while hidden' });
    expect((await list(movie)).count).toBe(before.count - 1);

    const show = await manager.request('POST', `/admin/reviews/${movie}/${author.userId}/unhide`, { form: { _csrf: csrf } });
    expect(show.status).toBe(303);
    const back = await list(movie);
    expect(back.count).toBe(before.count);
    const visible = (await env.scanAll()).filter((i) => i.pk === `MOVIE#${movie}#REVIEWS` && String(i.sk).startsWith('USER#') && !i.hidden);
    expect(visible).toHaveLength(back.count);
    expect(back.average).toBe(Math.round((visible.reduce((s, r) => s + Number(r.rating), 0) / visible.length) * 10) / 10);
    expect(visible.find((r) => r.userId === author.userId)).toMatchObject({ rating: 1, text: 'Edited while hidden' });
  });

  it('refuses the hide route to customers, staff below manager and the signed out', async () => {
    const target = `/admin/reviews/${movie}/${watched[0].userId}/hide`;
    const staff = await staffMember(env, [{ role: 'staff', theaterIds: ['charminar-cinemas'] }]);
    const nobody = await staffMember(env, []);
    for (const c of [await customer(env), staff, nobody]) {
      expect((await c.request('POST', target, { form: { reason: 'Nope nope' } })).status).toBe(403);
    }
    expect((await list(movie)).reviews.some((r: Json) => r.author === 'Viewer0')).toBe(true);
  });
});
