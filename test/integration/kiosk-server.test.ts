import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEASE_GRACE_MS } from '../../server/domain/lease-rules.js';
import { getBooking } from '../../server/store/bookings.js';
import { customer, withDemoData } from '../helpers/customers.js';
import type { Client } from '../helpers/http.js';
import { demoLogin, pushSales, registerTestKiosk, type TestKiosk } from '../helpers/kiosk-fixtures.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01 12:00 IST; demo shows run 10:00, 13:30, 17:00, 20:30 daily.
const SHOW = 'charminar-cinemas-1-20261202-2030'; // the prototype's 7×10 screen
const SHOW2 = 'charminar-cinemas-1-20261203-2030';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const json = async (r: Response) => (await r.json()) as Json;

let env: TestEnv;
let owner: Client;
let kiosk: TestKiosk;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  owner = await demoLogin(env, 'owner');
  kiosk = await registerTestKiosk(env, owner);
});
afterAll(() => env.close());

async function seatStatus(showtimeId: string, seatId: string): Promise<string> {
  const body = await json(await env.app.request(`/api/v1/showtimes/${showtimeId}/seats`));
  return body.seats.find((s: Json) => s.id === seatId).status;
}

async function lease(seats: string[], showtimeId = SHOW, k = kiosk, endsAt?: string): Promise<Response> {
  return owner.post('/api/v1/admin/leases', { kioskId: k.id, showtimeId, seats, ...(endsAt ? { endsAt } : {}) });
}

describe('kiosk registration', () => {
  it('shows the token once, keeps only its hash, and lets only managers register', async () => {
    const res = await owner.post('/api/v1/admin/kiosks', { theaterId: 'charminar-cinemas', name: 'Foyer' });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body.kiosk).toMatchObject({ name: 'Foyer' });
    expect(body.token).toMatch(/^mmk\.[0-9A-Z]{10}\.[A-Za-z0-9_-]{43}$/);
    const stored = (await env.scanAll()).find((i) => i.pk === `KIOSK#${body.kiosk.id}`)!;
    expect(JSON.stringify(stored)).not.toContain(body.token.split('.')[2]);

    const staff = await demoLogin(env, 'staff');
    expect((await staff.post('/api/v1/admin/kiosks', { theaterId: 'charminar-cinemas', name: 'X' })).status).toBe(403);
    const someone = await customer(env);
    expect((await someone.post('/api/v1/admin/kiosks', { theaterId: 'charminar-cinemas', name: 'X' })).status).toBe(403);
    expect((await owner.post('/api/v1/admin/kiosks', { theaterId: 'charminar-cinemas' })).status).toBe(400);
  });

  it('refuses a wrong or revoked token with 401, and lists kiosks with their last sync', async () => {
    // One character changed (to one it is not already: a fixed 'A' left one token in 64 unchanged).
    const wrong = `${kiosk.token.slice(0, -1)}${kiosk.token.endsWith('A') ? 'B' : 'A'}`;
    const bad = await env.app.request('/api/v1/kiosk/sync', { headers: { authorization: `Bearer ${wrong}` } });
    expect(bad.status).toBe(401);
    const other = await registerTestKiosk(env, owner, 'To revoke');
    expect((await other.request('GET', '/sync?pendingSales=3')).status).toBe(200);
    const list = await json(await owner.get('/api/v1/admin/kiosks?theaterId=charminar-cinemas'));
    expect(list.kiosks.find((k: Json) => k.id === other.id)).toMatchObject({ pendingSales: 3, online: true, hasKey: true });
    expect((await owner.post(`/api/v1/admin/kiosks/${other.id}/revoke`)).status).toBe(200);
    expect((await other.request('GET', '/sync')).status).toBe(401);
  });

  it('keeps the first signing key and refuses another', async () => {
    const res = await kiosk.request('POST', '/key', { publicKey: 'MCowBQYDK2VwAyEA' + 'A'.repeat(43) + '=' });
    expect([400, 403]).toContain(res.status);
  });
});

describe('leases (rule 3)', () => {
  it('takes free seats all or none, shows them held to customers, and no customer can hold them', async () => {
    const res = await lease(['B1', 'B2', 'B3']);
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body.lease).toMatchObject({ kioskId: kiosk.id, showtimeId: SHOW, seats: ['B1', 'B2', 'B3'] });
    expect(body.lease.endsAt).toBe('2026-12-02T15:20:00.000Z'); // kiosk sales close 20 min after the 20:30 IST start
    expect(await seatStatus(SHOW, 'B2')).toBe('held');

    const c = await customer(env);
    const hold = await c.post('/api/v1/holds', { showtimeId: SHOW, seats: ['B3', 'B4'] });
    expect(hold.status).toBe(409);
    expect((await json(hold)).error.details.seats).toEqual(['B3']);

    const clash = await lease(['B3', 'B4']);
    expect(clash.status).toBe(409);
    expect((await json(clash)).error).toMatchObject({ code: 'seats_unavailable', details: { seats: ['B3'] } });
    expect(await seatStatus(SHOW, 'B4')).toBe('available');
  });

  it('frees unsold leased seats only after the lease end plus the grace, as a condition', async () => {
    const endsAt = new Date(env.clock.now().getTime() + 30 * 60_000).toISOString();
    const l = (await json(await lease(['C1'], SHOW2, kiosk, endsAt))).lease;
    const c = await customer(env);
    env.clock.advance(30 * 60_000 + LEASE_GRACE_MS);
    expect((await c.post('/api/v1/holds', { showtimeId: SHOW2, seats: ['C1'] })).status).toBe(409);
    expect(await seatStatus(SHOW2, 'C1')).toBe('held');
    env.clock.advance(1);
    expect(await seatStatus(SHOW2, 'C1')).toBe('available');
    expect((await c.post('/api/v1/holds', { showtimeId: SHOW2, seats: ['C1'] })).status).toBe(201);

    // The kiosk's sale of it, made in time but synced after a customer took the seat: a conflict.
    const late = kiosk.sale({ leaseId: l.id, showtimeId: SHOW2, seats: ['C1'], soldAt: new Date(Date.parse(endsAt) - 5 * 60_000) });
    const out = await pushSales(env, kiosk, [late]);
    expect(out.results[0]).toMatchObject({ status: 'conflict', reason: 'lease_expired' });
    expect(await seatStatus(SHOW2, 'C1')).toBe('held');
  });
});

describe('offline sales pushed at sync', () => {
  it('sells leased seats once: a retried sale returns the same booking', async () => {
    const l = (await json(await lease(['D1', 'D2', 'D3']))).lease;
    const sale = kiosk.sale({ leaseId: l.id, showtimeId: SHOW, seats: ['D1', 'D2'], email: 'walkin@example.in' });
    const first = await pushSales(env, kiosk, [sale]);
    expect(first.results).toEqual([{ saleId: sale.id, status: 'applied', bookingId: sale.bookingId }]);
    const again = await pushSales(env, kiosk, [sale, sale]);
    expect(again.results.map((r: Json) => [r.status, r.bookingId])).toEqual([
      ['applied', sale.bookingId],
      ['applied', sale.bookingId],
    ]);
    expect(await seatStatus(SHOW, 'D1')).toBe('sold');
    expect(await seatStatus(SHOW, 'D3')).toBe('held');
    const booking = await getBooking(env.db, sale.bookingId);
    expect(booking).toMatchObject({ channel: 'kiosk', seats: ['D1', 'D2'], payment: { method: 'cash', status: 'captured' } });
    const items = await env.scanAll();
    expect(items.filter((i) => i.pk === `BOOKING#${sale.bookingId}`)).toHaveLength(1);
    expect(items.some((i) => i.pk?.toString().startsWith('OUTBOX#') && i.to === 'walkin@example.in')).toBe(true);
  });

  it('turns a sale from a lease revoked while the kiosk was offline into a conflict, never a double sale', async () => {
    const l = (await json(await lease(['E1', 'E2']))).lease;
    const sale = kiosk.sale({ leaseId: l.id, showtimeId: SHOW, seats: ['E1'] });
    const revoke = await owner.post(`/api/v1/admin/leases/${l.id}/revoke`);
    expect(await json(revoke)).toEqual({ freed: ['E1', 'E2'] });
    const c = await customer(env);
    const hold = await json(await c.post('/api/v1/holds', { showtimeId: SHOW, seats: ['E1'] }));
    const booked = await c.post('/api/v1/bookings', { holdId: hold.hold.id, payment: { method: 'upi' } }, { 'idempotency-key': 'k-e1' });
    expect(booked.status).toBe(201);

    const out = await pushSales(env, kiosk, [sale]);
    expect(out.results[0]).toMatchObject({ status: 'conflict', reason: 'lease_revoked' });
    expect((await pushSales(env, kiosk, [sale])).results[0]).toMatchObject({ status: 'conflict', reason: 'lease_revoked' });
    expect(await getBooking(env.db, sale.bookingId)).toBeNull();

    const conflicts = await json(await owner.get('/api/v1/admin/conflicts?theaterId=charminar-cinemas'));
    expect(conflicts.conflicts.find((x: Json) => x.saleId === sale.id)).toMatchObject({ status: 'conflict', reason: 'lease_revoked', seats: ['E1'], amountMinor: 32000 });

    // Reseat: the customer gets premium F5 under the same booking id (₹100 more to collect); the conflict closes once.
    const taken = await owner.post(`/api/v1/admin/conflicts/${sale.id}/resolve`, { action: 'reseat', seats: ['E1'] });
    expect(taken.status).toBe(409);
    const reseat = await owner.post(`/api/v1/admin/conflicts/${sale.id}/resolve`, { action: 'reseat', seats: ['F5'] });
    expect(reseat.status).toBe(200);
    const resolved = (await json(reseat)).conflict;
    expect(resolved).toMatchObject({ status: 'resolved', resolution: { action: 'reseat', seats: ['F5'], differenceMinor: 10000 } });
    expect(resolved.resolution.note).toBeUndefined();
    expect(await getBooking(env.db, sale.bookingId)).toMatchObject({ seats: ['F5'], channel: 'kiosk' });
    expect((await owner.post(`/api/v1/admin/conflicts/${sale.id}/resolve`, { action: 'refund' })).status).toBe(409);
  });

  it('refuses a sale not signed by the kiosk, or dated after its lease by a clock far off', async () => {
    const l = (await json(await lease(['F1', 'F2']))).lease;
    const forged = { ...kiosk.sale({ leaseId: l.id, showtimeId: SHOW, seats: ['F1'] }), seats: ['F2'] };
    forged.quote = { ...forged.quote, lines: [{ ...forged.quote.lines[0], seat: 'F2' }] };
    const outA = await pushSales(env, kiosk, [forged]);
    expect(outA.results[0]).toMatchObject({ status: 'conflict', reason: 'bad_signature' });

    // A kiosk clock 2 days slow: its sale in time is dated by its own clock and corrected at sync.
    const slowBy = 2 * 86_400_000;
    const inTime = kiosk.sale({ leaseId: l.id, showtimeId: SHOW, seats: ['F1'], soldAt: new Date(env.clock.now().getTime() - slowBy) });
    const outB = await pushSales(env, kiosk, [inTime], new Date(env.clock.now().getTime() - slowBy));
    expect(outB.results[0]).toMatchObject({ status: 'applied' });
    // The same clock let it sell on after the lease had ended: a conflict, though the seat was still leased.
    env.clock.advance(slowBy);
    const late = kiosk.sale({ leaseId: l.id, showtimeId: SHOW, seats: ['F2'], soldAt: new Date(env.clock.now().getTime() - slowBy) });
    const outC = await pushSales(env, kiosk, [late], new Date(env.clock.now().getTime() - slowBy));
    env.clock.advance(-slowBy);
    expect(outC.results[0]).toMatchObject({ status: 'conflict', reason: 'clock_far_off' });
  });

  it('refunds a conflict without touching any seat', async () => {
    const l = (await json(await lease(['G1']))).lease;
    await owner.post(`/api/v1/admin/leases/${l.id}/revoke`);
    const sale = kiosk.sale({ leaseId: l.id, showtimeId: SHOW, seats: ['G1'], types: ['premium'] });
    await pushSales(env, kiosk, [sale]);
    const res = await owner.post(`/api/v1/admin/conflicts/${sale.id}/resolve`, { action: 'refund', note: 'cash returned' });
    expect((await json(res)).conflict.resolution).toMatchObject({ action: 'refund', refundMinor: 42000, note: 'cash returned' });
    expect(await seatStatus(SHOW, 'G1')).toBe('available');
  });
});

describe('online kiosk sales', () => {
  it('sells any free seat through a hold and a booking, once per sale id, with signed tickets', async () => {
    const input = { saleId: crypto.randomUUID(), showtimeId: SHOW, seats: ['A9', 'A10'], payment: { method: 'upi' }, soldBy: 'demo-staff' };
    const res = await kiosk.request('POST', '/online-sales', input);
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body.sale).toMatchObject({ id: input.saleId, seats: ['A9', 'A10'], synced: true, quote: { convenienceFeeMinor: 0, totalMinor: 64000 } });
    expect(body.tickets.map((t: Json) => t.seat)).toEqual(['A9', 'A10']);
    expect(body.tickets[0].payload).toMatch(/^MM1\./);
    const again = await json(await kiosk.request('POST', '/online-sales', input));
    expect(again.sale.bookingId).toBe(body.sale.bookingId);
    expect(await seatStatus(SHOW, 'A10')).toBe('sold');

    const taken = await kiosk.request('POST', '/online-sales', { ...input, saleId: crypto.randomUUID(), seats: ['A10'] });
    expect(taken.status).toBe(409);
  });
});

describe('sync snapshot and door scans', () => {
  it("carries the theater's shows, seats, leases, staff hashes and every key the door needs", async () => {
    const res = await kiosk.request('GET', '/sync?pendingSales=0', undefined, { 'x-kiosk-time': new Date(env.clock.now().getTime() - 5000).toISOString() });
    const snap = await json(res);
    expect(snap.kiosk.id).toBe(kiosk.id);
    expect(snap.theater.id).toBe('charminar-cinemas');
    expect(snap.clockSkewMs).toBe(5000);
    expect(snap.showtimes.length).toBeGreaterThan(8);
    expect(snap.showtimes.every((s: Json) => s.theaterId === 'charminar-cinemas')).toBe(true);
    expect(snap.seats[SHOW].find((s: Json) => s.seatId === 'B1')).toMatchObject({ status: 'leased', kioskId: kiosk.id });
    expect(snap.leases.some((l: Json) => l.seats.includes('B1'))).toBe(true);
    const emails = snap.staff.map((s: Json) => s.email).sort();
    expect(emails).toEqual(['owner@demo.moviemagic.in', 'staff@demo.moviemagic.in']);
    expect(snap.staff[0].passwordHash).toMatch(/^\$argon2id\$/);
    expect(snap.ticketKeys.map((k: Json) => k.kid)).toContain(`kiosk-${kiosk.id}`);
    expect(snap.layouts.length).toBeGreaterThan(0);
  });

  it('flags a ticket let in at two doors, and records each door once', async () => {
    const scan = { bookingId: 'MVM-20261202-AAAAAAAA', seat: 'A1', showtimeId: SHOW, scannedAt: env.clock.now().toISOString() };
    const one = await json(await kiosk.request('POST', '/scans', { scans: [{ ...scan, door: 'Gate 1' }, { ...scan, door: 'Gate 1' }] }));
    expect(one.flagged).toEqual([]);
    const two = await json(await kiosk.request('POST', '/scans', { scans: [{ ...scan, door: 'Gate 2' }] }));
    expect(two.flagged).toEqual(['MVM-20261202-AAAAAAAA/A1']);
    const snap = await json(await kiosk.request('GET', '/sync'));
    expect(snap.scanFlags[0]).toMatchObject({ ticketId: 'MVM-20261202-AAAAAAAA/A1' });
    expect(snap.scanFlags[0].doors).toHaveLength(2);
  });
});
