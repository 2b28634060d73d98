import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoInZone } from '../../../server/domain/theater-time.js';
import { listAudit } from '../../../server/store/audit.js';
import { getBooking } from '../../../server/store/bookings.js';
import { getShowtime } from '../../../server/store/catalog.js';
import { listTheaterScreens } from '../../../server/store/catalog-admin.js';
import { getPayment } from '../../../server/store/payments.js';
import { bookSeats, layoutForm } from '../../helpers/admin-fixtures.js';
import { putCatalog, testTheater } from '../../helpers/catalog-fixtures.js';
import { customer, withDemoData } from '../../helpers/customers.js';
import { Client } from '../../helpers/http.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

let env: TestEnv;
let owner: Awaited<ReturnType<typeof staffMember>>;
/** A fresh screen (no demo shows) at Charminar Cinemas, Asia/Kolkata, cleaning 20 min. */
let screenId: string;

beforeAll(async () => {
  env = await createTestEnv();
  await withDemoData(env);
  await putCatalog(env.db, { cities: [{ id: 'london', name: 'London' }], theaters: [{ ...testTheater('thames-picture-house', 'london', 'Europe/London', 'Thames Picture House'), cleaningMinutes: 30 }] });
  owner = await staffMember(env, [{ role: 'owner', theaterIds: ['charminar-cinemas', 'thames-picture-house'] }]);
  expect((await owner.request('POST', '/admin/screens', { form: layoutForm('charminar-cinemas', ['rrrrrr', 'rrrrrr', 'ppwwpp'], { name: 'Test Screen' }) })).status).toBe(303);
  screenId = (await listTheaterScreens(env.db, 'charminar-cinemas')).find((s) => s.name === 'Test Screen')!.id;
});
afterAll(() => env.close());

const PRICES = { regular: 20000, premium: 30000, wheelchair: 20000 };
/** Chai and Chaos runs 126 min; with 15 min of trailers a show holds the screen 141 min, then 20 min of cleaning. */
const schedule = (client: Client, startsAt: string, over: Record<string, unknown> = {}) =>
  client.post('/api/v1/admin/showtimes', { movieId: 'chai-and-chaos', screenId, startsAt, language: 'Hindi', format: '2D', prices: PRICES, ...over });

describe('POST /api/v1/admin/showtimes', () => {
  it('schedules a show and answers it as API.md writes it', async () => {
    env.clock.advance(1000); // after the screen's own audit entry
    const res = await schedule(owner, '2026-12-03T10:00:00+05:30');
    expect(res.status).toBe(201);
    const { showtime } = (await res.json()) as { showtime: Record<string, unknown> };
    expect(showtime).toMatchObject({
      movieId: 'chai-and-chaos',
      movieTitle: 'Chai and Chaos',
      theaterId: 'charminar-cinemas',
      screenId,
      startsAt: '2026-12-03T10:00:00+05:30',
      timezone: 'Asia/Kolkata',
      language: 'Hindi',
      format: '2D',
      seatsTotal: 18,
      seatsAvailable: 18,
      prices: PRICES,
      status: 'scheduled',
    });
    const stored = await getShowtime(env.db, showtime.id as string);
    expect(stored).toMatchObject({ startsAt: '2026-12-03T04:30:00.000Z', localDate: '2026-12-03', layoutVersion: 1 });
    // It is on sale to customers at once.
    const listed = await (await owner.get('/api/v1/showtimes?city=hyderabad&theater=charminar-cinemas&date=2026-12-03')).json();
    expect((listed as { showtimes: { id: string }[] }).showtimes.map((s) => s.id)).toContain(showtime.id);
    const { entries } = await listAudit(env.db, 'charminar-cinemas', { limit: 1 });
    expect(entries[0]).toMatchObject({ what: 'showtime.create', who: { email: owner.email }, after: expect.stringContaining('regular ₹200, premium ₹300, wheelchair ₹200') });
  });

  it('refuses an overlap, counting the cleaning time, and accepts the first free minute', async () => {
    // The 10:00 show above holds the screen until 12:21, then cleaning until 12:41.
    const late = await schedule(owner, '2026-12-03T12:40:00+05:30');
    expect(late.status).toBe(409);
    const body = (await late.json()) as { error: { code: string; message: string; details: { startsAt: string } } };
    expect(body.error.code).toBe('showtime_overlap');
    expect(body.error.message).toContain('20 minutes of cleaning');
    expect(body.error.details.startsAt).toBe('2026-12-03T10:00:00+05:30');
    expect((await schedule(owner, '2026-12-03T12:41:00+05:30')).status).toBe(201);
    // Before it: a show starting 07:20 would end 09:41 and need cleaning until 10:01.
    expect((await schedule(owner, '2026-12-03T07:20:00+05:30')).status).toBe(409);
    expect((await schedule(owner, '2026-12-03T07:19:00+05:30')).status).toBe(201);
  });

  it('uses the theater\u2019s own cleaning time', async () => {
    const res = await owner.request('POST', '/admin/screens', { form: layoutForm('thames-picture-house', ['rrrr'], { name: 'One' }) });
    expect(res.status).toBe(303);
    const thames = (await listTheaterScreens(env.db, 'thames-picture-house'))[0].id;
    const at = (startsAt: string) => owner.post('/api/v1/admin/showtimes', { movieId: 'chai-and-chaos', screenId: thames, startsAt, language: 'Hindi', format: '2D', prices: { regular: 1200 } });
    expect((await at('2026-12-05T12:00:00Z')).status).toBe(201);
    // 12:00 + 141 min = 14:21, + 30 min cleaning = 14:51.
    expect((await at('2026-12-05T14:50:00Z')).status).toBe(409);
    expect((await at('2026-12-05T14:51:00Z')).status).toBe(201);
  });

  it('checks the body: 400 for bad input, 404 for unknown ids, prices for every seat type of the layout', async () => {
    expect((await schedule(owner, '2026-12-04 10:00')).status).toBe(400);
    expect((await schedule(owner, '2026-11-30T10:00:00+05:30')).status).toBe(400);
    const noPremium = await schedule(owner, '2026-12-04T10:00:00+05:30', { prices: { regular: 20000 } });
    expect(noPremium.status).toBe(400);
    expect(((await noPremium.json()) as { error: { details: { fields: Record<string, string> } } }).error.details.fields).toHaveProperty(['prices.premium']);
    expect((await schedule(owner, '2026-12-04T10:00:00+05:30', { language: 'Tamil' })).status).toBe(400);
    expect((await schedule(owner, '2026-12-04T10:00:00+05:30', { prices: { ...PRICES, regular: 199.5 } })).status).toBe(400);
    expect((await schedule(owner, '2026-12-04T10:00:00+05:30', { screenId: 'no-such-screen' })).status).toBe(404);
    expect((await schedule(owner, '2026-12-04T10:00:00+05:30', { movieId: 'no-such-movie' })).status).toBe(404);
  });

  it('answers 401 signed out, 403 to customers and to managers of other theaters', async () => {
    expect((await schedule(new Client(env.app), '2026-12-04T10:00:00+05:30')).status).toBe(401);
    const c = await customer(env);
    const denied = await schedule(c, '2026-12-04T10:00:00+05:30');
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    const elsewhere = await staffMember(env, [{ role: 'manager', theaterIds: ['hitech-screens'] }]);
    expect((await schedule(elsewhere, '2026-12-04T10:00:00+05:30')).status).toBe(403);
    const boxOffice = await staffMember(env, [{ role: 'staff', theaterIds: ['charminar-cinemas'] }]);
    expect((await schedule(boxOffice, '2026-12-04T10:00:00+05:30')).status).toBe(403);
    const manager = await staffMember(env, [{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
    expect((await schedule(manager, '2026-12-04T10:00:00+05:30')).status).toBe(201);
  });
});

describe('repeating schedules from the page', () => {
  function runForm(theaterId: string, screen: string, over: Record<string, string>) {
    return owner.request('POST', '/admin/showtimes', {
      form: { theaterId, screenId: screen, movieId: 'chai-and-chaos', language: 'Hindi', format: '2D', price_regular: '200', price_premium: '300', price_wheelchair: '200', ...over },
    });
  }

  it('daily at 10:00 and 18:30 for two weeks in Asia/Kolkata (no DST): 28 shows at the same UTC times', async () => {
    const res = await runForm('charminar-cinemas', screenId, { firstDate: '2026-12-10', lastDate: '2026-12-23', times: '10:00, 18:30' });
    expect(res.status).toBe(303);
    const page = await (await owner.get('/admin/showtimes?theater=charminar-cinemas&date=2026-12-23')).text();
    expect(page).toContain('10:00 am IST');
    expect(page).toContain('6:30 pm IST');
    const shows = (await env.scanAll()).filter((i) => i.type === 'showtime' && i.screenId === screenId && String(i.localDate) >= '2026-12-10');
    expect(shows).toHaveLength(28);
    expect(new Set(shows.map((s) => String(s.startsAt).slice(11, 16)))).toEqual(new Set(['04:30', '13:00']));
    // The run overlaps itself with nothing, but a second run on top of it is refused as a whole.
    const again = await runForm('charminar-cinemas', screenId, { firstDate: '2026-12-20', lastDate: '2026-12-26', times: '11:00' });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Test Screen is busy');
    expect((await env.scanAll()).filter((i) => i.type === 'showtime' && i.screenId === screenId && String(i.localDate) >= '2026-12-24')).toHaveLength(0);
  });

  it('across the start of British Summer Time the shows stay at 10:00 and 18:30 on the theater\u2019s clock', async () => {
    const thames = (await listTheaterScreens(env.db, 'thames-picture-house'))[0].id;
    const res = await owner.request('POST', '/admin/showtimes', {
      form: { theaterId: 'thames-picture-house', screenId: thames, movieId: 'chai-and-chaos', language: 'Hindi', format: '2D', price_regular: '12', firstDate: '2027-03-21', lastDate: '2027-04-03', times: '18:30, 10:00' },
    });
    expect(res.status).toBe(303);
    const shows = (await env.scanAll()).filter((i) => i.type === 'showtime' && i.screenId === thames && String(i.localDate) >= '2027-03-21');
    expect(shows).toHaveLength(28);
    for (const s of shows) expect(['10:00', '18:30']).toContain(isoInZone(new Date(String(s.startsAt)), 'Europe/London').slice(11, 16));
    const utc = (date: string) => shows.filter((s) => s.localDate === date).map((s) => String(s.startsAt).slice(11, 16)).sort();
    expect(utc('2027-03-27')).toEqual(['10:00', '18:30']); // GMT
    expect(utc('2027-03-28')).toEqual(['09:00', '17:30']); // BST from 01:00 that night
  });

  it('weekdays only, and clear refusals for bad dates and times', async () => {
    const res = await runForm('charminar-cinemas', screenId, { firstDate: '2027-01-04', lastDate: '2027-01-17', times: '21:00', wd6: '1', wd0: '1' });
    expect(res.status).toBe(303);
    const shows = (await env.scanAll()).filter((i) => i.type === 'showtime' && i.screenId === screenId && String(i.localDate).startsWith('2027-01'));
    expect(shows.map((s) => s.localDate).sort()).toEqual(['2027-01-09', '2027-01-10', '2027-01-16', '2027-01-17']);
    const bad = await runForm('charminar-cinemas', screenId, { firstDate: '2027-02-05', lastDate: '2027-02-01', times: '25:00' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('The last date must not be before the first date.');
  });
});

describe('changing and cancelling a show', () => {
  async function newShow(startsAt: string): Promise<string> {
    const res = await schedule(owner, startsAt);
    expect(res.status).toBe(201);
    return ((await res.json()) as { showtime: { id: string } }).showtime.id;
  }

  it('moving a show moves its bookings and tells every booked customer', async () => {
    const id = await newShow('2026-12-06T10:00:00+05:30');
    const [a, b] = [await customer(env), await customer(env)];
    const ba = await bookSeats(a, id, ['A1', 'A2']);
    const bb = await bookSeats(b, id, ['B1']);
    await env.flushOutbox();
    env.clock.advance(1000);

    const res = await owner.request('POST', `/admin/showtimes/${id}/move`, { form: { date: '2026-12-06', time: '15:00' } });
    expect(res.status).toBe(303);
    expect((await getShowtime(env.db, id))?.startsAt).toBe('2026-12-06T09:30:00.000Z');
    for (const bk of [ba, bb]) expect((await getBooking(env.db, bk.id))?.startsAt).toBe('2026-12-06T09:30:00.000Z');
    await env.flushOutbox();
    const mail = await env.sink.mailbox.list();
    for (const who of [a, b]) {
      const changed = mail.filter((m) => m.to === who.email && /3:00\s?pm/i.test(m.body) && (m.subject ?? '').toLowerCase().includes('time'));
      expect(changed.length).toBe(1);
    }
    const { entries } = await listAudit(env.db, 'charminar-cinemas', { limit: 1 });
    expect(entries[0]).toMatchObject({ what: 'showtime.move', subject: id });
    expect(entries[0].after).toContain('3:00 pm');

    // Moving it onto another show is refused.
    await newShow('2026-12-06T19:00:00+05:30');
    const clash = await owner.request('POST', `/admin/showtimes/${id}/move`, { form: { date: '2026-12-06', time: '18:00' } });
    expect(clash.status).toBe(409);
    expect(await clash.text()).toContain('is busy then');
  });

  it('cancelling a show refunds every booking in full, tells the customers and frees the screen', async () => {
    const id = await newShow('2026-12-07T10:00:00+05:30');
    const c = await customer(env);
    const booking = await bookSeats(c, id, ['A1', 'A2', 'A3']);
    const full = (await getBooking(env.db, booking.id))!;

    const unconfirmed = await owner.request('POST', `/admin/showtimes/${id}/cancel`, { form: {} });
    expect(unconfirmed.status).toBe(400);
    const res = await owner.request('POST', `/admin/showtimes/${id}/cancel`, { form: { confirm: 'yes' } });
    expect(res.status).toBe(303);
    expect((await getShowtime(env.db, id))?.status).toBe('cancelled');
    const after = (await getBooking(env.db, booking.id))!;
    expect(after.status).toBe('cancelled');
    expect(after.refund).toMatchObject({ amountMinor: full.quote.totalMinor, percent: 100, status: 'refunded' });
    expect((await getPayment(env.db, full.payment.reference))?.refundedMinor).toBe(full.quote.totalMinor);
    await env.flushOutbox();
    expect((await env.sink.mailbox.list()).some((m) => m.to === c.email && /cancel/i.test(m.subject ?? ''))).toBe(true);

    const hold = await c.post('/api/v1/holds', { showtimeId: id, seats: ['B1'] });
    expect(hold.status).toBe(409);
    expect((await schedule(owner, '2026-12-07T10:00:00+05:30')).status).toBe(201);
  });

  it('a new layout version leaves a show already on sale as it was', async () => {
    const id = await newShow('2026-12-08T10:00:00+05:30');
    const before = await (await owner.get(`/api/v1/showtimes/${id}/seats`)).json();
    expect((await owner.request('POST', `/admin/screens/${screenId}/layout`, { form: layoutForm('charminar-cinemas', ['RRRR']) })).status).toBe(303);
    expect((await getShowtime(env.db, id))?.layoutVersion).toBe(1);
    expect(await (await owner.get(`/api/v1/showtimes/${id}/seats`)).json()).toEqual(before);
    // A show scheduled now uses version 2 (and needs a recliner price).
    const next = await schedule(owner, '2026-12-09T10:00:00+05:30', { prices: { recliner: 50000 } });
    expect(next.status).toBe(201);
    expect(((await next.json()) as { showtime: { layoutVersion: number; seatsTotal: number } }).showtime).toMatchObject({ layoutVersion: 2, seatsTotal: 4 });
  });
});
