import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPayments } from '../../server/store/payments.js';
import { customer, withDemoData } from '../helpers/customers.js';
import type { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01 12:00 IST; demo shows run 10:00, 13:30, 17:00, 20:30 daily.
const SHOW = 'charminar-cinemas-1-20261202-2030'; // the prototype's 7×10 screen, 32.5 h ahead
const SHOW2 = 'charminar-cinemas-1-20261203-2030';
const SOON = 'charminar-cinemas-1-20261201-1330'; // starts 90 minutes after the clock

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
});
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const json = async (r: Response) => (await r.json()) as Json;

async function seatStatus(showtimeId: string, seatId: string): Promise<string> {
  const body = await json(await env.app.request(`/api/v1/showtimes/${showtimeId}/seats`));
  return body.seats.find((s: Json) => s.id === seatId).status;
}

async function hold(c: Client, showtimeId: string, seats: string[], extra: Json = {}) {
  return c.post('/api/v1/holds', { showtimeId, seats, ...extra });
}

describe('seat map', () => {
  it("comes from the screen's layout with prices per type", async () => {
    const body = await json(await env.app.request(`/api/v1/showtimes/${SHOW}/seats`));
    expect(body.showtimeId).toBe(SHOW);
    expect(body.currency).toBe('INR');
    expect(body.seats).toHaveLength(70);
    expect(body.seats[0]).toEqual({ id: 'A1', row: 'A', number: 1, x: 0, y: 0, type: 'regular', priceMinor: 32000, status: 'available' });
    expect(body.seats.find((s: Json) => s.id === 'G10')).toMatchObject({ type: 'premium', priceMinor: 42000, x: 10 });
  });

  it('answers 404 for an unknown show', async () => {
    expect((await env.app.request('/api/v1/showtimes/nope/seats')).status).toBe(404);
  });
});

describe('holds', () => {
  it("holds seats at the server's prices and frees them at once on release", async () => {
    const asha = await customer(env);
    const res = await hold(asha, SHOW, ['A1', 'A2', 'A3', 'A4', 'A5']);
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body.hold).toMatchObject({ showtimeId: SHOW, seats: ['A1', 'A2', 'A3', 'A4', 'A5'], expiresAt: '2026-12-01T06:40:00.000Z' });
    expect(body.quote).toMatchObject({ currency: 'INR', ticketsMinor: 160000, convenienceFeeMinor: 2800, totalMinor: 162800 });
    expect(await seatStatus(SHOW, 'A3')).toBe('held');

    const ravi = await customer(env);
    const clash = await hold(ravi, SHOW, ['A5', 'A6']);
    expect(clash.status).toBe(409);
    const err = (await json(clash)).error;
    expect(err.code).toBe('seats_unavailable');
    expect(err.details.seats).toEqual(['A5']);
    expect(err.message).toBe('Seat A5 was just taken — pick another.');
    expect(await seatStatus(SHOW, 'A6')).toBe('available');

    expect((await ravi.request('DELETE', `/api/v1/holds/${body.hold.id}`)).status).toBe(404);
    expect((await asha.request('DELETE', `/api/v1/holds/${body.hold.id}`)).status).toBe(204);
    expect(await seatStatus(SHOW, 'A1')).toBe('available');
    expect((await hold(ravi, SHOW, ['A5', 'A6'])).status).toBe(201);
  });

  it('frees an expired hold by the clock alone, with no job running', async () => {
    const a = await customer(env);
    const b = await customer(env);
    expect((await hold(a, SHOW, ['B1', 'B2'])).status).toBe(201);
    env.clock.advance(9 * 60_000);
    expect((await hold(b, SHOW, ['B2'])).status).toBe(409);
    env.clock.advance(61_000 + 60_000);
    expect(await seatStatus(SHOW, 'B1')).toBe('available');
    expect((await hold(b, SHOW, ['B2'])).status).toBe(201);
    env.clock.advance(-(9 * 60_000 + 121_000));
  });

  it('refuses bad selections with the seats named', async () => {
    const c = await customer(env);
    const unknown = await json(await hold(c, SHOW, ['A1', 'Z99']));
    expect(unknown.error).toMatchObject({ code: 'invalid_request', details: { seats: ['Z99'] } });
    const dup = await json(await hold(c, SHOW, ['C1', 'C1']));
    expect(dup.error.details.seats).toEqual(['C1']);
    const many = await hold(c, SHOW, ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'D1']);
    expect(many.status).toBe(400);
    expect((await json(many)).error.message).toMatch(/at most 10/);
    expect((await hold(c, SHOW, [])).status).toBe(400);
    expect((await c.post('/api/v1/holds', { showtimeId: SHOW, seats: 'A1' })).status).toBe(400);
  });

  it('needs a session and a verified email', async () => {
    const anon = await env.app.request('/api/v1/holds', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ showtimeId: SHOW, seats: ['C1'] }) });
    expect(anon.status).toBe(401);
    const unverified = await customer(env, { verified: false });
    const res = await hold(unverified, SHOW, ['C1']);
    expect(res.status).toBe(403);
    expect((await json(res)).error.code).toBe('email_unverified');
  });

  it('closes sales when the show starts, by the clock', async () => {
    const c = await customer(env);
    env.clock.advance(90 * 60_000);
    const res = await hold(c, SOON, ['A1']);
    env.clock.advance(-90 * 60_000);
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe('sales_closed');
  });
});

describe('bookings', () => {
  it('books a hold once for a double click, and replays the first answer', async () => {
    const c = await customer(env);
    const h = (await json(await hold(c, SHOW, ['D1', 'D2']))).hold;
    const body = { holdId: h.id, payment: { method: 'upi' } };
    const [first, second] = await Promise.all([
      c.post('/api/v1/bookings', body, { 'idempotency-key': 'click-0001' }),
      c.post('/api/v1/bookings', body, { 'idempotency-key': 'click-0001' }),
    ]);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    const b1 = (await json(first)).booking;
    const b2 = (await json(second)).booking;
    expect(b2.id).toBe(b1.id);
    expect(b1.id).toMatch(/^MVM-20261201-[0-9A-Z]{8}$/);
    expect(b1).toMatchObject({
      status: 'confirmed',
      showtimeId: SHOW,
      movieTitle: expect.any(String),
      theaterName: 'Charminar Cinemas',
      screenName: 'Screen 1',
      startsAt: '2026-12-02T20:30:00+05:30',
      timezone: 'Asia/Kolkata',
      seats: ['D1', 'D2'],
      payment: { method: 'upi', status: 'captured' },
    });
    expect(b1.quote.totalMinor).toBe(2 * 32000 + 1120);

    const later = await c.post('/api/v1/bookings', body, { 'idempotency-key': 'click-0001' });
    expect(later.status).toBe(201);
    expect((await json(later)).booking.id).toBe(b1.id);
    const conflict = await c.post('/api/v1/bookings', { holdId: h.id, payment: { method: 'card' } }, { 'idempotency-key': 'click-0001' });
    expect(conflict.status).toBe(409);
    expect((await json(conflict)).error.code).toBe('idempotency_conflict');

    const payments = (await listPayments(env.db)).filter((p) => p.reference === h.id);
    expect(payments).toHaveLength(1);
    expect(payments[0]).toMatchObject({ status: 'captured', capturedMinor: b1.quote.totalMinor });
    expect(await seatStatus(SHOW, 'D1')).toBe('sold');

    const mine = await json(await c.get('/api/v1/bookings'));
    expect(mine.bookings.map((b: Json) => b.id)).toEqual([b1.id]);
    expect((await json(await c.get(`/api/v1/bookings/${b1.id}`))).booking.id).toBe(b1.id);
    const stranger = await customer(env);
    expect((await stranger.get(`/api/v1/bookings/${b1.id}`)).status).toBe(404);
    expect((await stranger.post('/api/v1/bookings', body)).status).toBe(404);
  });

  it('ignores any price or amount the client sends', async () => {
    const c = await customer(env);
    const hres = await hold(c, SHOW, ['E1'], { priceMinor: 1, totalMinor: 1, quote: { totalMinor: 1 }, prices: { regular: 1 } });
    const h = await json(hres);
    expect(h.quote.totalMinor).toBe(32000 + 560);
    const res = await c.post('/api/v1/bookings', { holdId: h.hold.id, payment: { method: 'card', amountMinor: 1 }, amount: 1, totalMinor: 1 });
    expect(res.status).toBe(201);
    const pay = (await listPayments(env.db)).find((p) => p.reference === h.hold.id);
    expect(pay?.amountMinor).toBe(32560);
  });

  it('answers 402 for a declined payment and keeps the seats held for another try', async () => {
    const c = await customer(env);
    const h = (await json(await hold(c, SHOW, ['E5']))).hold;
    const declined = await c.post('/api/v1/bookings', { holdId: h.id, payment: { method: 'card', token: 'decline' } }, { 'idempotency-key': 'declined-1' });
    expect(declined.status).toBe(402);
    expect((await json(declined)).error.code).toBe('payment_declined');
    expect(await seatStatus(SHOW, 'E5')).toBe('held');
    const ok = await c.post('/api/v1/bookings', { holdId: h.id, payment: { method: 'card' } }, { 'idempotency-key': 'declined-2' });
    expect(ok.status).toBe(201);
  });

  it('refuses to book an expired hold and charges nothing', async () => {
    const c = await customer(env);
    const h = (await json(await hold(c, SHOW, ['F1']))).hold;
    env.clock.advance(11 * 60_000);
    const res = await c.post('/api/v1/bookings', { holdId: h.id, payment: { method: 'upi' } });
    env.clock.advance(-11 * 60_000);
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe('hold_expired');
    expect((await listPayments(env.db)).filter((p) => p.reference === h.id)).toHaveLength(0);
  });
});

describe('cancellation', () => {
  it('shows the refund first, refunds 75% of the tickets a day ahead, and frees the seats', async () => {
    const c = await customer(env);
    const h = (await json(await hold(c, SHOW2, ['A1', 'A2', 'A3', 'A4', 'A5']))).hold;
    const b = (await json(await c.post('/api/v1/bookings', { holdId: h.id, payment: { method: 'wallet' } }))).booking;
    const preview = await json(await c.get(`/api/v1/bookings/${b.id}/cancellation`));
    expect(preview).toMatchObject({ cancellable: true, refund: { refundPercent: 75, refundMinor: 120000 } });

    const res = await c.post(`/api/v1/bookings/${b.id}/cancel`);
    expect(res.status).toBe(200);
    const cancelled = (await json(res)).booking;
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.refund).toMatchObject({ amountMinor: 120000, percent: 75, status: 'refunded' });
    expect(cancelled.payment.status).toBe('partially_refunded');
    expect(await seatStatus(SHOW2, 'A3')).toBe('available');
    const pay = (await listPayments(env.db)).find((p) => p.reference === h.id);
    expect(pay).toMatchObject({ capturedMinor: 162800, refundedMinor: 120000 });

    const again = await c.post(`/api/v1/bookings/${b.id}/cancel`);
    expect(again.status).toBe(409);
    expect((await json(again)).error.code).toBe('not_cancellable');
    await env.flushOutbox();
    expect(env.sink.mailbox.list().some((m) => m.to === c.email && /cancelled/.test(m.subject ?? ''))).toBe(true);
  });
});

describe('picking again', () => {
  it("frees the customer's earlier hold on the show at once, so the same seats can be picked again", async () => {
    const c = await customer(env);
    const first = await json(await hold(c, SHOW, ['G1', 'G2']));
    expect(await seatStatus(SHOW, 'G1')).toBe('held');
    const second = await hold(c, SHOW, ['G2', 'G3']);
    expect(second.status).toBe(201);
    expect(await seatStatus(SHOW, 'G1')).toBe('available');
    expect(await seatStatus(SHOW, 'G3')).toBe('held');
    const stale = await c.post('/api/v1/bookings', { holdId: first.hold.id, payment: { method: 'upi' } });
    expect(stale.status).toBe(409);
    expect((await json(stale)).error.code).toBe('hold_expired');
    // A hold on another show is left alone.
    const other = await json(await hold(c, SHOW2, ['G1']));
    expect((await hold(c, SHOW, ['G4'])).status).toBe(201);
    expect(await seatStatus(SHOW2, 'G1')).toBe('held');
    expect(other.hold.seats).toEqual(['G1']);
  });
});
