import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getBalance, getLoyalty, creditEarned, reverseBooking } from '../../server/store/loyalty.js';
import { TestGateway } from '../../server/booking/test-gateway.js';
import { listPayments } from '../../server/store/payments.js';
import { updateContactPrefs } from '../../server/store/users.js';
import { customer, withDemoData } from '../helpers/customers.js';
import type { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';
import { demoLogin, registerTestKiosk, type TestKiosk } from '../helpers/kiosk-fixtures.js';
import { SCAN_UPLOAD_GRACE_MS } from '../../server/domain/loyalty.js';
import { getShowtime } from '../../server/store/catalog.js';
import { putScan } from '../../server/store/scans.js';
import { te as adminTe } from '../../views/i18n/features/admin/te.js';

// The test clock starts at 2026-12-01 12:00 IST; demo shows run 10:00, 13:30, 17:00, 20:30 daily on the 7×10 screen.
const SHOW = 'charminar-cinemas-1-20261202-2030';
const SHOW2 = 'charminar-cinemas-1-20261203-2030';
const SOON = 'charminar-cinemas-1-20261201-1330'; // starts 90 minutes after the clock
const FULL = 'charminar-cinemas-1-20261204-2030'; // sold out below
const TE_POINTS_DISCOUNT = adminTe.columns.pointsDiscount;
const EVENING = 'charminar-cinemas-1-20261201-1700'; // starts 5 hours after the clock

/**
 * While armed, the payment gateway answers an authorization only once `expected` are in (at most
 * 5 s): every racing booking has then read the balance before any commits, so the race is the
 * same on a busy machine as on an idle one.
 */
let meeting: { expected: number; arrived: number; all: Promise<void>; open: () => void } | null = null;
function armMeeting(expected: number) {
  let open = () => {};
  const all = new Promise<void>((r) => (open = r));
  meeting = { expected, arrived: 0, all, open };
}
async function meet(): Promise<void> {
  const m = meeting;
  if (!m) return;
  if (++m.arrived >= m.expected) m.open();
  await Promise.race([m.all, new Promise((r) => setTimeout(r, 5000))]);
}

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off', gateway: (db, clock) => new TestGateway(db, clock.now, meet) });
  await withDemoData(env);
});
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const json = async (r: Response) => (await r.json()) as Json;
type Customer = Client & { email: string; userId: string };

async function givePoints(userId: string, points: number) {
  await env.db.doc.send(new PutCommand({ TableName: env.db.table, Item: { pk: `LOYALTY#${userId}`, sk: 'BALANCE', points } }));
}

async function book(c: Customer, showtimeId: string, seats: string[], extra: Json = {}, key?: string) {
  const h = await c.post('/api/v1/holds', { showtimeId, seats });
  expect(h.status).toBe(201);
  const holdId = (await json(h)).hold.id as string;
  const res = await c.post('/api/v1/bookings', { holdId, payment: { method: 'upi' }, ...extra }, key ? { 'idempotency-key': key } : undefined);
  return { res, holdId };
}

describe('loyalty points', () => {
  /** Moves the test clock by `ms` for the length of `body`. */
  async function later<T>(ms: number, body: () => Promise<T>): Promise<T> {
    env.clock.advance(ms);
    try {
      return await body();
    } finally {
      env.clock.advance(-ms);
    }
  }
  const untilEnd = async (showtimeId: string) => Date.parse((await getShowtime(env.db, showtimeId))!.endsAt) - env.clock.now().getTime();
  const scan = (k: TestKiosk, bookingId: string, seat: string, showtimeId: string) =>
    k.request('POST', '/scans', { scans: [{ bookingId, seat, showtimeId, door: 'Main door', scannedAt: env.clock.now().toISOString() }] });

  it('at a show nobody scanned at the door, credits points a day after the show ended (time for offline kiosks to upload), once per booking', async () => {
    const c = await customer(env);
    const { res } = await book(c, SOON, ['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(res.status).toBe(201);
    expect((await json(await c.get('/api/v1/me/loyalty'))).balance).toBe(0);
    // Started, not ended: nothing yet.
    await later(91 * 60_000, async () => expect((await json(await c.get('/api/v1/me/loyalty'))).balance).toBe(0));
    const end = await untilEnd(SOON);
    await later(end, async () => expect((await json(await c.get('/api/v1/me/loyalty'))).balance).toBe(0));
    await later(end + SCAN_UPLOAD_GRACE_MS - 1000, async () => expect((await json(await c.get('/api/v1/me/loyalty'))).balance).toBe(0));
    await later(end + SCAN_UPLOAD_GRACE_MS, async () => {
      const first = await json(await c.get('/api/v1/me/loyalty'));
      expect(first).toMatchObject({ balance: 160, worthMinor: 4000, rules: { pointValueMinor: 25, minimumToRedeem: 100 } });
      expect(first.moves).toEqual([expect.objectContaining({ kind: 'earn', points: 160, movieTitle: expect.any(String) })]);
      // Read again, and the account page too: still credited once.
      expect((await c.get('/account')).status).toBe(200);
      const again = await json(await c.get('/api/v1/me/loyalty'));
      expect(again.balance).toBe(160);
      expect(again.moves).toHaveLength(1);
    });
  });

  it('credits a booking when the kiosk uploads its door scan, once, and never a cancelled one', async () => {
    const kiosk = await registerTestKiosk(env, await demoLogin(env, 'owner'), 'Door');
    const c = await customer(env);
    const booking = (await json((await book(c, SHOW, ['G1', 'G2'])).res)).booking;
    const gone = (await json((await book(c, SHOW2, ['G1'])).res)).booking;
    expect((await c.post(`/api/v1/bookings/${gone.id}/cancel`, {})).status).toBe(200);
    expect(await getBalance(env.db, c.userId)).toBe(0);

    // The door lets the first ticket in (the show has not even started): 84 points (2 × ₹420) at once.
    expect((await scan(kiosk, booking.id, 'G1', SHOW)).status).toBe(200);
    expect(await getBalance(env.db, c.userId)).toBe(84);
    // The second ticket, a repeated upload, and the cancelled booking's ticket change nothing.
    expect((await scan(kiosk, booking.id, 'G2', SHOW)).status).toBe(200);
    expect((await scan(kiosk, booking.id, 'G1', SHOW)).status).toBe(200);
    expect((await scan(kiosk, gone.id, 'G1', SHOW2)).status).toBe(200);
    const account = await getLoyalty(env.db, c.userId);
    expect(account.balance).toBe(84);
    expect(account.moves).toEqual([expect.objectContaining({ kind: 'earn', bookingId: booking.id, points: 84 })]);
    // Read after the show: the same single credit.
    await later(await untilEnd(SHOW2), async () => expect((await json(await c.get('/api/v1/me/loyalty'))).moves).toHaveLength(1));
  });

  it('heals a credit the scan upload missed: the next read finds the stored scan and credits it', async () => {
    const c = await customer(env);
    const booking = (await json((await book(c, SHOW2, ['F9', 'F10'])).res)).booking;
    // The scan was stored but the upload's credit failed (as if the store refused that write).
    await putScan(env.db, { ticketId: `${booking.id}/F9`, bookingId: booking.id, seat: 'F9', showtimeId: SHOW2, theaterId: 'charminar-cinemas', kioskId: 'k-lost', door: 'Main door', scannedAt: env.clock.now().toISOString() });
    expect(await getBalance(env.db, c.userId)).toBe(0);
    // Before the show has even started nothing is due; once it has, the read credits it (let in: no wait for the end).
    expect((await json(await c.get('/api/v1/me/loyalty'))).balance).toBe(0);
    const start = Date.parse((await getShowtime(env.db, SHOW2))!.startsAt) - env.clock.now().getTime();
    await later(start + 60_000, async () => expect((await json(await c.get('/api/v1/me/loyalty'))).balance).toBe(84)); // 2 × ₹420
  });

  it('at a show whose doors scanned, a booking never let in earns nothing after the show, while the one let in did', async () => {
    const kiosk = await registerTestKiosk(env, await demoLogin(env, 'owner'), 'Gate');
    const [came, stayedAway] = [await customer(env), await customer(env)];
    const cameBooking = (await json((await book(came, EVENING, ['A1', 'A2'])).res)).booking;
    expect((await book(stayedAway, EVENING, ['B1', 'B2'])).res.status).toBe(201);
    expect((await scan(kiosk, cameBooking.id, 'A1', EVENING)).status).toBe(200);
    const end = await untilEnd(EVENING);
    await later(end + 60_000, async () => {
      expect((await json(await stayedAway.get('/api/v1/me/loyalty'))).balance).toBe(0);
      expect((await json(await came.get('/api/v1/me/loyalty'))).balance).toBe(64);
    });
    // A day on (the kiosks have had time to upload), it is settled: no points, and no movement shown.
    await later(end + SCAN_UPLOAD_GRACE_MS + 60_000, async () => {
      const settled = await json(await stayedAway.get('/api/v1/me/loyalty'));
      expect(settled).toMatchObject({ balance: 0, moves: [] });
      expect((await getLoyalty(env.db, stayedAway.userId)).unearned).toHaveLength(1);
    });
  });

  it('spends points in the booking transaction: ₹1,628 less ₹50, GST recomputed, paid once on replay', async () => {
    const c = await customer(env);
    await givePoints(c.userId, 200);
    const { res, holdId } = await book(c, SHOW, ['C1', 'C2', 'C3', 'C4', 'C5'], { usePoints: true }, 'points-0001');
    expect(res.status).toBe(201);
    const booking = (await json(res)).booking;
    expect(booking.quote).toMatchObject({ ticketsMinor: 160000, convenienceFeeMinor: 2800, taxMinor: 24071, totalMinor: 157800, points: { used: 200, discountMinor: 5000 } });
    const payment = (await listPayments(env.db)).find((p) => p.reference === holdId);
    expect(payment).toMatchObject({ amountMinor: 157800, status: 'captured' });
    expect(await getBalance(env.db, c.userId)).toBe(0);

    // A double click replays the same booking and spends nothing more.
    const replay = await c.post('/api/v1/bookings', { holdId, payment: { method: 'upi' }, usePoints: true }, { 'idempotency-key': 'points-0001' });
    expect(replay.status).toBe(201);
    expect((await json(replay)).booking.id).toBe(booking.id);
    const account = await getLoyalty(env.db, c.userId);
    expect(account.balance).toBe(0);
    expect(account.moves.filter((m) => m.kind === 'redeem')).toEqual([expect.objectContaining({ bookingId: booking.id, points: -200 })]);

    // Cancelling gives the points back, once; the refund is 75% of what the tickets cost after points.
    const cancel = await c.post(`/api/v1/bookings/${booking.id}/cancel`, {});
    expect(cancel.status).toBe(200);
    expect((await json(cancel)).booking.refund.amountMinor).toBe(116250);
    expect(await getBalance(env.db, c.userId)).toBe(200);
    expect(await reverseBooking(env.db, c.userId, booking.id, env.clock.now())).toBeNull();
    const after = await json(await c.get('/api/v1/me/loyalty'));
    expect(after.balance).toBe(200);
    expect(after.moves.map((m: Json) => m.kind).sort()).toEqual(['redeem', 'reverse']);
  });

  it('lets only one of two racing bookings spend the same points; the other gets a 409 and its money back', async () => {
    const c = await customer(env);
    await givePoints(c.userId, 300);
    const h1 = await json(await c.post('/api/v1/holds', { showtimeId: SHOW, seats: ['D1', 'D2', 'D3', 'D4', 'D5'] }));
    const h2 = await json(await c.post('/api/v1/holds', { showtimeId: SHOW2, seats: ['D1', 'D2', 'D3', 'D4', 'D5'] }));
    armMeeting(2);
    const [r1, r2] = await Promise.all(
      [h1.hold.id, h2.hold.id].map((holdId) => c.post('/api/v1/bookings', { holdId, payment: { method: 'card' }, usePoints: true })),
    ).finally(() => (meeting = null));
    const statuses = [r1.status, r2.status].sort();
    expect(statuses).toEqual([201, 409]);
    const lost = r1.status === 409 ? r1 : r2;
    const lostHold = r1.status === 409 ? h1.hold.id : h2.hold.id;
    expect((await json(lost)).error).toEqual({ code: 'points_unavailable', message: expect.stringContaining('You have not been charged') });
    expect(await getBalance(env.db, c.userId)).toBe(0);
    const voided = (await listPayments(env.db)).filter((p) => p.reference === lostHold);
    expect(voided.map((p) => p.status)).toEqual(['voided']);
    // The hold is still the customer's: paying without points works.
    const retry = await c.post('/api/v1/bookings', { holdId: lostHold, payment: { method: 'card' } });
    expect(retry.status).toBe(201);
    expect((await json(retry)).booking.quote.totalMinor).toBe(162800);
  });

  it('takes earned points away on cancellation, never below zero', async () => {
    const c = await customer(env);
    const { res } = await book(c, SHOW, ['E1', 'E2', 'E3', 'E4', 'E5']);
    const booking = (await json(res)).booking;
    // As if it had been attended (a future show cannot be), then cancelled by the theater.
    expect(await creditEarned(env.db, c.userId, { bookingId: booking.id, points: 160, at: env.clock.now().toISOString() })).toBe(true);
    expect(await creditEarned(env.db, c.userId, { bookingId: booking.id, points: 160, at: env.clock.now().toISOString() })).toBe(false);
    await givePoints(c.userId, 60); // 100 of the 160 already spent elsewhere
    expect((await c.post(`/api/v1/bookings/${booking.id}/cancel`, {})).status).toBe(200);
    const account = await getLoyalty(env.db, c.userId);
    expect(account.balance).toBe(0);
    expect(account.moves.find((m) => m.kind === 'reverse')).toMatchObject({ points: -60, forgiven: 100 });
  });

  it('shows the points on the account page and offers them at checkout', async () => {
    const c = await customer(env);
    await givePoints(c.userId, 200);
    const account = await (await c.get('/account')).text();
    expect(account).toContain('200 points');
    expect(account).toContain('₹50.00');
    const h = await json(await c.post('/api/v1/holds', { showtimeId: SHOW2, seats: ['A1', 'A2', 'A3', 'A4', 'A5'] }));
    const page = await (await c.get(`/checkout/${h.hold.id}`)).text();
    expect(page).toContain('Use 200 points (−₹50.00)');
    expect(page.match(/With points you pay [^;]*/)?.[0]).toBe('With points you pay ₹1,578.00');
  });
});

describe('points discount in the reports', () => {
  const TONIGHT = 'charminar-cinemas-1-20261201-2030'; // today on the theater's calendar

  /** CSV rows as objects by header. */
  const csv = (text: string) => {
    const [head, ...rows] = text.replace(/^\ufeff/, '').trim().split('\r\n');
    const cols = head.split(',');
    return rows.map((r) => Object.fromEntries(r.split(',').map((v, i) => [cols[i], v])));
  };

  it('equals the ticket price paid with points on the bookings made, less the cancelled ones, per theater and day', async () => {
    const owner = await demoLogin(env, 'owner');
    const [a, b, c, d] = [await customer(env), await customer(env), await customer(env), await customer(env)];
    await Promise.all([givePoints(a.userId, 200), givePoints(b.userId, 150), givePoints(c.userId, 400)]);
    const made = [
      (await json((await book(a, TONIGHT, ['A1', 'A2', 'A3', 'A4', 'A5'], { usePoints: true })).res)).booking,
      (await json((await book(b, TONIGHT, ['B1', 'B2'], { usePoints: true })).res)).booking,
      (await json((await book(c, TONIGHT, ['C1', 'C2', 'C3'], { usePoints: true })).res)).booking,
      (await json((await book(d, TONIGHT, ['D1'])).res)).booking,
    ];
    const discounts = made.map((m) => m.quote.points?.discountMinor ?? 0);
    expect(discounts).toEqual([5000, 3750, 10000, 0]);
    // c cancels: the points go back, so the discount leaves the figure (as the refund leaves the revenue).
    expect((await c.post(`/api/v1/bookings/${made[2].id}/cancel`, {})).status).toBe(200);
    const expected = (5000 + 3750) / 100;

    const days = csv(await (await owner.get('/admin/reports/revenue-by-day.csv?theater=charminar-cinemas&days=7')).text());
    expect(Number(days.find((r) => r.Date === '2026-12-01')!['Points discount (INR)'])).toBe(expected);
    expect(days.filter((r) => r.Date !== '2026-12-01').every((r) => r['Points discount (INR)'] === '0.00')).toBe(true);
    const theaters = csv(await (await owner.get('/admin/reports/revenue-by-theater.csv?theater=charminar-cinemas&days=7')).text());
    expect(theaters.find((t) => t.Theater === 'Charminar Cinemas')!['Points discount (INR)']).toBe(expected.toFixed(2));
    const dashboard = csv(await (await owner.get('/admin/dashboard/revenue-by-day.csv?theater=charminar-cinemas&days=7')).text());
    expect(Number(dashboard.find((r) => r.Date === '2026-12-01')!['Points discount (INR)'])).toBe(expected);
    // On the pages, beside revenue, in the page language.
    expect(await (await owner.get('/admin?theater=charminar-cinemas')).text()).toContain('Points discount');
    expect(await (await owner.get('/admin/reports?theater=charminar-cinemas&days=7')).text()).toContain('₹87.50');
    owner.cookies.set('lang', 'te');
    const telugu = await (await owner.get('/admin/reports?theater=charminar-cinemas&days=7')).text();
    expect(telugu).toContain(`>${TE_POINTS_DISCOUNT}<`);
  });
});

describe('waitlist', () => {
  let a: Customer, b: Customer, cc: Customer, d: Customer;
  let twoSeatBooking: string;

  beforeAll(async () => {
    // Sell the 70 seats: rows A–F to six customers, G1–G8 and G9–G10 to two more.
    const rows = ['A', 'B', 'C', 'D', 'E', 'F'];
    for (const r of rows) {
      const { res } = await book(await customer(env), FULL, Array.from({ length: 10 }, (_, i) => `${r}${i + 1}`));
      expect(res.status).toBe(201);
    }
    expect((await book(await customer(env), FULL, ['G1', 'G2', 'G3', 'G4', 'G5', 'G6', 'G7', 'G8'])).res.status).toBe(201);
    d = await customer(env);
    const last = await book(d, FULL, ['G9', 'G10']);
    twoSeatBooking = (await json(last.res)).booking.id;
    [a, b, cc] = [await customer(env), await customer(env), await customer(env)];
    await updateContactPrefs(env.db, a.userId, { phone: '9876543210', smsOptIn: true });
  });

  it('refuses to wait for a show with seats free', async () => {
    const res = await a.post(`/api/v1/showtimes/${SHOW}/waitlist`, { seats: 2 });
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe('waitlist_not_needed');
    expect((await a.post(`/api/v1/showtimes/${FULL}/waitlist`, { seats: 11 })).status).toBe(400);
  });

  it('keeps one entry per customer, in the order they joined', async () => {
    expect((await a.post(`/api/v1/showtimes/${FULL}/waitlist`, { seats: 2 }, { 'accept-language': 'hi' })).status).toBe(201);
    env.clock.advance(1000);
    expect((await b.post(`/api/v1/showtimes/${FULL}/waitlist`, { seats: 1 })).status).toBe(201);
    env.clock.advance(1000);
    expect((await cc.post(`/api/v1/showtimes/${FULL}/waitlist`, { seats: 2 }, { 'accept-language': 'te' })).status).toBe(201);
    // Joining again keeps the place; leaving and joining again goes to the back.
    env.clock.advance(1000);
    const again = await json(await a.post(`/api/v1/showtimes/${FULL}/waitlist`, { seats: 2 }, { 'accept-language': 'hi' }));
    expect(again.entry.joinedAt).toBe('2026-12-01T06:30:00.000Z');
    expect((await b.request('DELETE', `/api/v1/showtimes/${FULL}/waitlist`)).status).toBe(204);
    expect((await json(await b.get(`/api/v1/showtimes/${FULL}/waitlist`))).entry).toBeNull();
    expect((await b.post(`/api/v1/showtimes/${FULL}/waitlist`, { seats: 1 })).status).toBe(201);
    expect((await json(await b.get(`/api/v1/showtimes/${FULL}/waitlist`))).entry).toMatchObject({ seats: 1, status: 'waiting', joinedAt: '2026-12-01T06:30:03.000Z' });
    // The seat map of the sold-out show offers the waitlist.
    const page = await (await d.get(`/showtimes/${FULL}`)).text();
    expect(page).toContain('Tell me when seats free up');
  });

  it('tells the first in line whose party fits the freed seats, and not the rest', async () => {
    await env.flushOutbox();
    env.sink.mailbox.clear();
    expect((await d.post(`/api/v1/bookings/${twoSeatBooking}/cancel`, {})).status).toBe(200);
    await env.flushOutbox();
    const waitMail = env.sink.mailbox.list().filter((m) => m.to !== d.email);
    // a (2 seats, first) fits the 2 seats; cc (2 seats) and b (1 seat) are not told.
    expect(waitMail.map((m) => [m.to, m.channel]).sort()).toEqual([
      ['+919876543210', 'sms'],
      [a.email, 'email'],
    ]);
    const mail = waitMail.find((m) => m.channel === 'email');
    expect(mail?.subject).toContain('सीटें फिर से ख़ाली हैं');
    expect(mail?.body).toContain(`/showtimes/${FULL}`);
    expect((await json(await a.get(`/api/v1/showtimes/${FULL}/waitlist`))).entry.status).toBe('notified');
  });

  it('tells the next in line when a hold is let go, then when one expires (seen at the next map read)', async () => {
    const e = await customer(env);
    const h = await json(await e.post('/api/v1/holds', { showtimeId: FULL, seats: ['G9', 'G10'] }));
    await env.flushOutbox();
    env.sink.mailbox.clear();
    expect((await e.request('DELETE', `/api/v1/holds/${h.hold.id}`)).status).toBe(204);
    await env.flushOutbox();
    // cc (2 seats) comes before b but b joined again after; cc fits: told.
    expect(env.sink.mailbox.list().map((m) => m.to)).toEqual([cc.email]);
    expect(env.sink.mailbox.list()[0].subject).toContain('సీట్లు మళ్లీ ఖాళీ అయ్యాయి');

    // Now a hold runs out: no write frees it, the next map read announces it.
    expect((await e.post('/api/v1/holds', { showtimeId: FULL, seats: ['G9'] })).status).toBe(201);
    env.sink.mailbox.clear();
    env.clock.advance(11 * 60_000);
    try {
      expect((await env.app.request(`/api/v1/showtimes/${FULL}/seats`)).status).toBe(200);
      for (let i = 0; i < 50 && env.sink.mailbox.list().length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        await env.flushOutbox();
      }
      expect(env.sink.mailbox.list().map((m) => m.to)).toEqual([b.email]);
      // Read again: the same expiry is not announced twice.
      await env.app.request(`/api/v1/showtimes/${FULL}/seats`);
      await new Promise((r) => setTimeout(r, 200));
      await env.flushOutbox();
      expect(env.sink.mailbox.list()).toHaveLength(1);
    } finally {
      env.clock.advance(-11 * 60_000);
    }
  });

  it('tells the line when a kiosk lease comes back, and joins and leaves from the seat-map page', async () => {
    const owner = await demoLogin(env, 'owner');
    const kiosk = await registerTestKiosk(env, owner);
    // G9 is held (the clock is back before that hold's expiry); G10 goes to the kiosk: sold out.
    const lease = await owner.post('/api/v1/admin/leases', { kioskId: kiosk.id, showtimeId: FULL, seats: ['G10'] });
    expect(lease.status, await lease.clone().text()).toBe(201);
    const f = await customer(env);
    // The page's form (CSRF token from the page itself).
    const page = await (await f.get(`/showtimes/${FULL}`)).text();
    const csrf = page.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    const joined = await f.request('POST', `/showtimes/${FULL}/waitlist`, { form: { _csrf: csrf, seats: '1' } });
    expect(joined.status).toBe(303);
    expect(joined.headers.get('location')).toContain('waitlist=joined');
    expect(await (await f.get(`/showtimes/${FULL}?waitlist=joined`)).text()).toContain('You are on the waitlist for 1 seat.');
    await env.flushOutbox();
    env.sink.mailbox.clear();
    expect((await owner.post(`/api/v1/admin/leases/${(await json(lease)).lease.id}/revoke`)).status).toBe(200);
    await env.flushOutbox();
    expect(env.sink.mailbox.list().map((m) => m.to)).toEqual([f.email]);
    const left = await f.request('POST', `/showtimes/${FULL}/waitlist/leave`, { form: { _csrf: csrf } });
    expect(left.status).toBe(303);
    expect((await json(await f.get(`/api/v1/showtimes/${FULL}/waitlist`))).entry).toBeNull();
  });
});
