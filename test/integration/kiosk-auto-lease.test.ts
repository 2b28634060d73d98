import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formOf } from '../../admin/services/theater-settings.js';
import { cachedLeases } from '../../kiosk/db/cache-read.js';
import { sell } from '../../kiosk/sales/sell.js';
import { pickLeaseSeats } from '../../server/domain/auto-lease.js';
import { expandLayout } from '../../server/domain/seat-layout.js';
import { PROTOTYPE_LAYOUT } from '../../server/local/demo-catalog.js';
import { getTheaters } from '../../server/store/catalog-admin.js';
import { customer, withDemoData } from '../helpers/customers.js';
import type { Client } from '../helpers/http.js';
import { kioskHarness, type KioskHarness } from '../helpers/kiosk-harness.js';
import { demoLogin, DEMO_TEST_PASSWORD } from '../helpers/kiosk-fixtures.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01 12:00 IST; demo shows run 10:00, 13:30, 17:00, 20:30 daily
// on two screens per theater. With "6 hours ahead", the 13:30 and 17:00 shows are due: 4 shows.
const SHOW_1330 = 'charminar-cinemas-1-20261201-1330'; // the prototype's 7×10 screen
const DUE = ['charminar-cinemas-1-20261201-1330', 'charminar-cinemas-1-20261201-1700', 'charminar-cinemas-2-20261201-1330', 'charminar-cinemas-2-20261201-1700'];

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const json = async (r: Response) => (await r.json()) as Json;

let env: TestEnv;
let owner: Client;
let k: KioskHarness;

async function newKiosk(name: string, theaterId = 'charminar-cinemas'): Promise<KioskHarness> {
  const reg = await json(await owner.post('/api/v1/admin/kiosks', { theaterId, name }));
  const h = kioskHarness(env, reg.token);
  await h.ctx.sync.syncNow();
  return h;
}

async function setRule(theaterId: string, fields: Record<string, string>): Promise<Response> {
  const [t] = await getTheaters(env.db, [theaterId]);
  return owner.request('POST', `/admin/theaters/${theaterId}`, { form: { ...formOf(t), ...fields } });
}

/** The server's seat items of a show: seat → status (and kiosk for leased seats). */
async function seatItems(showtimeId: string): Promise<Map<string, Json>> {
  const items = (await env.scanAll()).filter((i) => i.pk === `SHOW#${showtimeId}` && String(i.sk).startsWith('SEAT#'));
  return new Map(items.map((i) => [i.seatId as string, i as Json]));
}

const leaseItems = async (kioskId: string) => (await env.scanAll()).filter((i) => String(i.pk).startsWith('LEASE#') && i.kioskId === kioskId);

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  owner = await demoLogin(env, 'owner');
  k = await newKiosk('Counter 1');
});
afterAll(() => env.close());

describe('auto-lease (a theater rule: N seats of each show starting soon)', () => {
  it('picks a side-by-side block in a row two thirds back, around free seats only', () => {
    const layout = expandLayout(PROTOTYPE_LAYOUT);
    const all = new Set(layout.map((s) => s.id));
    expect(pickLeaseSeats(layout, all, 4)).toEqual(['E2', 'E3', 'E4', 'E5']);
    const someTaken = new Set([...all].filter((id) => !['E3', 'E8'].includes(id)));
    expect(pickLeaseSeats(layout, someTaken, 4)).toEqual(['D2', 'D3', 'D4', 'D5']);
    // No block of 3 anywhere: the best single seats.
    const scattered = new Set(['A1', 'C3', 'E1', 'E10', 'G5']);
    expect(pickLeaseSeats(layout, scattered, 3).sort()).toEqual(['E1', 'E10', 'G5']);
  });

  it('gives nothing while the rule is off, and the admin form checks the rule', async () => {
    await k.ctx.sync.syncNow();
    expect(cachedLeases(k.ctx.db)).toEqual([]);
    const bad = await setRule('charminar-cinemas', { autoLeaseSeats: '50', autoLeaseHours: '6', autoLeaseReturnMinutes: '30' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('Kiosk seats per show must be between 0 and 20.');
    expect((await getTheaters(env.db, ['charminar-cinemas']))[0].autoLease).toBeUndefined();
  });

  it('leases N free seats of every show starting within the hours, never a seat held, sold or leased elsewhere', async () => {
    // A customer holds E3 and another kiosk has E8 of the 13:30 show before the rule is switched on.
    const c = await customer(env);
    expect((await c.post('/api/v1/holds', { showtimeId: SHOW_1330, seats: ['E3'] })).status).toBe(201);
    const other = await newKiosk('Counter 2');
    expect((await owner.post('/api/v1/admin/leases', { kioskId: other.ctx.kioskId, showtimeId: SHOW_1330, seats: ['E8'] })).status).toBe(201);

    const on = await setRule('charminar-cinemas', { autoLeaseSeats: '4', autoLeaseHours: '6', autoLeaseReturnMinutes: '30' });
    expect(on.status).toBe(303);
    expect((await getTheaters(env.db, ['charminar-cinemas']))[0].autoLease).toEqual({ seatsPerShow: 4, hoursAhead: 6, returnMinutesBefore: 30 });

    await k.ctx.sync.syncNow();
    const leases = cachedLeases(k.ctx.db).sort((a, b) => a.showtimeId.localeCompare(b.showtimeId));
    expect(leases.map((l) => l.showtimeId)).toEqual(DUE);
    for (const l of leases) {
      expect(l).toMatchObject({ auto: true, status: 'active' });
      expect(l.seats).toHaveLength(4);
      expect(new Set(l.seats.map((s) => s.replace(/\d+$/, ''))).size).toBe(1); // one row
      const items = await seatItems(l.showtimeId);
      for (const seat of l.seats) expect(items.get(seat)).toMatchObject({ status: 'leased', kioskId: k.ctx.kioskId, leaseId: l.id });
    }
    const first = leases.find((l) => l.showtimeId === SHOW_1330)!;
    expect(first.seats).toEqual(['D2', 'D3', 'D4', 'D5']);
    expect(first.endsAt).toBe('2026-12-01T07:30:00.000Z'); // 13:00 IST: 30 minutes before the start
    // Staff see them as auto leases on the show page and on Sync.
    const staff = k.browser();
    expect((await staff.post('/api/v1/auth/login', { email: 'staff@demo.moviemagic.in', password: DEMO_TEST_PASSWORD })).status).toBe(200);
    expect(await (await staff.get(`/shows/${SHOW_1330}`)).text()).toContain('D2, D3, D4, D5 · until 01:00 pm · auto-lease (given back then)');
    expect(await (await staff.get('/sync')).text()).toContain('auto-lease, given back then');
    const items = await seatItems(SHOW_1330);
    expect(items.get('E3')).toMatchObject({ status: 'held' });
    expect(items.get('E8')).toMatchObject({ status: 'leased', kioskId: other.ctx.kioskId });

    // The other kiosk gets its own seats of the three shows it had no lease for, none of this kiosk's.
    await other.ctx.sync.syncNow();
    const theirs = cachedLeases(other.ctx.db).filter((l) => l.auto);
    expect(theirs.map((l) => l.showtimeId).sort()).toEqual(DUE.filter((id) => id !== SHOW_1330));
    for (const t of theirs) {
      const mine = leases.find((l) => l.showtimeId === t.showtimeId)!;
      expect(t.seats.filter((s) => mine.seats.includes(s))).toEqual([]);
    }
  });

  it('does not lease the same show twice on later syncs', async () => {
    const before = await leaseItems(k.ctx.kioskId);
    await k.ctx.sync.syncNow();
    await k.ctx.sync.syncNow();
    const after = await leaseItems(k.ctx.kioskId);
    expect(after.map((i) => i.id).sort()).toEqual(before.map((i) => i.id).sort());
    expect(after).toHaveLength(4);
  });

  it('gives the unsold seats back before the show, keeps the sold one sold, and does not lease that show again', async () => {
    const lease = cachedLeases(k.ctx.db).find((l) => l.showtimeId === SHOW_1330)!;
    k.link.up = false;
    await k.ctx.sync.syncNow();
    const sale = await sell(k.ctx, k.staff(), { showtimeId: SHOW_1330, seats: ['D3'], payment: { method: 'cash' } });
    expect(sale.synced).toBe(false);
    k.link.up = true;

    env.clock.advance(50 * 60_000); // 12:50 IST: still sellable (the kiosk stops at 13:00 − 2 min)
    await k.ctx.sync.syncNow();
    expect((await seatItems(SHOW_1330)).get('D2')).toMatchObject({ status: 'leased' });

    env.clock.advance(8 * 60_000); // 12:58 IST
    const status = await k.ctx.sync.syncNow();
    expect(status.pendingSales).toBe(0);
    const items = await seatItems(SHOW_1330);
    expect(items.get('D3')).toMatchObject({ status: 'sold', bookingId: sale.bookingId });
    for (const seat of ['D2', 'D4', 'D5']) expect(items.get(seat)?.status).toBe('available');
    expect(cachedLeases(k.ctx.db).some((l) => l.id === lease.id)).toBe(false);
    const record = (await leaseItems(k.ctx.kioskId)).find((i) => i.id === lease.id);
    expect(record).toMatchObject({ status: 'returned' });

    await k.ctx.sync.syncNow();
    expect(cachedLeases(k.ctx.db).some((l) => l.showtimeId === SHOW_1330)).toBe(false);
    expect(await leaseItems(k.ctx.kioskId)).toHaveLength(4);
    env.clock.advance(-58 * 60_000);
  });

  it('lets the server take the seats back after the end and the grace when the kiosk never returns them', async () => {
    const show = 'charminar-cinemas-1-20261201-1700';
    const lease = cachedLeases(k.ctx.db).find((l) => l.showtimeId === show)!;
    expect(lease.endsAt).toBe('2026-12-01T11:00:00.000Z'); // 16:30 IST
    k.link.up = false; // the kiosk is cut off from before its return time until after the show starts
    const seatsShown = async () => {
      const body = await json(await env.app.request(`/api/v1/showtimes/${show}/seats`));
      return lease.seats.map((id) => (body.seats as Json[]).find((s) => s.id === id)?.status);
    };
    env.clock.advance(4.5 * 3_600_000 + 10 * 60_000); // 16:40 IST: end + grace exactly
    expect(await seatsShown()).toEqual(['held', 'held', 'held', 'held']);
    env.clock.advance(60_000); // 16:41 IST
    expect(await seatsShown()).toEqual(['available', 'available', 'available', 'available']);
    const c = await customer(env);
    expect((await c.post('/api/v1/holds', { showtimeId: show, seats: [lease.seats[0]] })).status).toBe(201);
    env.clock.advance(-(4.5 * 3_600_000 + 11 * 60_000));
    k.link.up = true;
  });

  it('gives a kiosk of a theater whose rule is off no seats', async () => {
    const elsewhere = await newKiosk('Hitech counter', 'hitech-screens');
    await elsewhere.ctx.sync.syncNow();
    expect(cachedLeases(elsewhere.ctx.db)).toEqual([]);
    expect(await leaseItems(elsewhere.ctx.kioskId)).toEqual([]);
    // Switched off again at Charminar: no new leases there either.
    expect((await setRule('charminar-cinemas', { autoLeaseSeats: '0' })).status).toBe(303);
    const third = await newKiosk('Counter 3');
    await third.ctx.sync.syncNow();
    expect(await leaseItems(third.ctx.kioskId)).toEqual([]);
  });
});
