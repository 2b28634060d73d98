import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sell } from '../../kiosk/sales/sell.js';
import { customer, withDemoData } from '../helpers/customers.js';
import type { Client } from '../helpers/http.js';
import { kioskHarness, type KioskHarness } from '../helpers/kiosk-harness.js';
import { demoLogin, DEMO_TEST_PASSWORD } from '../helpers/kiosk-fixtures.js';
import { qrPayloads } from '../helpers/pdf-inspect.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01 12:00 IST; demo shows run 10:00, 13:30, 17:00, 20:30 daily.
const SHOW = 'charminar-cinemas-1-20261202-2030'; // the prototype's 7×10 screen

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const json = async (r: Response) => (await r.json()) as Json;

let env: TestEnv;
let owner: Client;
let door: KioskHarness;
let doorStaff: Client;

async function newKiosk(name: string): Promise<KioskHarness> {
  const reg = await json(await owner.post('/api/v1/admin/kiosks', { theaterId: 'charminar-cinemas', name }));
  const k = kioskHarness(env, reg.token);
  await k.ctx.sync.syncNow();
  return k;
}

async function signIn(k: KioskHarness): Promise<Client> {
  const c = k.browser();
  const res = await c.post('/api/v1/auth/login', { email: 'staff@demo.moviemagic.in', password: DEMO_TEST_PASSWORD });
  if (res.status !== 200) throw new Error(`kiosk sign-in failed: ${res.status}`);
  return c;
}

async function lease(k: KioskHarness, seats: string[], endsAt?: string): Promise<string> {
  const res = await owner.post('/api/v1/admin/leases', { kioskId: k.ctx.kioskId, showtimeId: SHOW, seats, ...(endsAt ? { endsAt } : {}) });
  if (res.status !== 201) throw new Error(`lease failed: ${res.status} ${await res.text()}`);
  return (await json(res)).lease.id;
}

/** Scans as the door page does (the scan field's form, swapped by htmx): the result's HTML. */
async function scanAtDoor(ticket: string, doorName = 'Main door'): Promise<{ status: number; html: string }> {
  const res = await doorStaff.request('POST', '/door/scan', { form: { ticket, door: doorName }, headers: { 'hx-request': 'true' } });
  return { status: res.status, html: await res.text() };
}

const ticketsOf = (k: KioskHarness, saleId: string) =>
  JSON.parse(k.ctx.db.$client.prepare('select tickets from sales where id = ?').pluck().get(saleId) as string) as { seat: string; payload: string }[];

beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  owner = await demoLogin(env, 'owner');
  door = await newKiosk('Door kiosk');
  doorStaff = await signIn(door);
});
afterAll(() => env.close());

describe('door: bookings cancelled online', () => {
  it('learns cancelled bookings at sync and shows a red "Cancelled"; the page says how old its knowledge is', async () => {
    // A web customer books, keeps the PDF ticket, then cancels online.
    const c = await customer(env);
    const hold = await json(await c.post('/api/v1/holds', { showtimeId: SHOW, seats: ['A1'] }));
    const booking = (await json(await c.post('/api/v1/bookings', { holdId: hold.hold.id, payment: { method: 'upi' } }))).booking;
    const [payload] = qrPayloads(Buffer.from(await (await c.get(`/api/v1/bookings/${booking.id}/ticket.pdf`)).arrayBuffer()));
    expect(payload).toMatch(/^MM1\./);
    expect((await c.post(`/api/v1/bookings/${booking.id}/cancel`)).status).toBe(200);

    // Offline, the door knows only its last sync, and says so.
    door.link.up = false;
    await door.ctx.sync.syncNow();
    const offlinePage = await (await doorStaff.get('/door')).text();
    expect(offlinePage).toContain('Cancellations known as of the last sync: <strong>just now</strong>');
    expect(offlinePage).toContain('Offline: a booking cancelled since then still opens this door.');

    door.link.up = true;
    await door.ctx.sync.syncNow();
    const page = await (await doorStaff.get('/door')).text();
    expect(page).toContain('Cancellations known as of the last sync: <strong>just now</strong>');
    expect(page).not.toContain('Offline: a booking cancelled');

    const scan = await scanAtDoor(payload!);
    expect(scan.status).toBe(200); // an htmx swap: the answer is in the fragment
    expect(scan.html).toContain('door-no');
    expect(scan.html).toContain('✗ Cancelled');
    expect(scan.html).toContain('Seat A1');
    const api = await doorStaff.post('/api/v1/door/scan', { ticket: payload, door: 'Side door' });
    expect(api.status).toBe(409);
    expect(await json(api)).toMatchObject({ admitted: false, headline: 'Cancelled', bookingId: booking.id });
    // The seat, free again, can be sold to someone else, whose ticket opens the door.
    const resold = await json(await doorStaff.post('/api/v1/sales', { showtimeId: SHOW, seats: ['A1'], payment: { method: 'cash' } }));
    await door.ctx.sync.syncNow();
    expect((await scanAtDoor(ticketsOf(door, resold.sale.id)[0].payload)).html).toContain('✓ Welcome');
  });
});

describe('renew lease on the show page', () => {
  it('moves the lease to kiosk close and says so; offline or ended, it says why not', async () => {
    const endsAt = new Date(env.clock.now().getTime() + 40 * 60_000).toISOString();
    const leaseId = await lease(door, ['B1', 'B2'], endsAt);
    await door.ctx.sync.syncNow();
    const page = await (await doorStaff.get(`/shows/${SHOW}`)).text();
    expect(page).toContain(`action="/shows/${SHOW}/leases/${leaseId}/renew"`);
    expect(page).toContain('B1, B2 · until');

    // Post-redirect-get: the renewal sends the browser back to the show page, which says until when.
    const ok = await doorStaff.request('POST', `/shows/${SHOW}/leases/${leaseId}/renew`, { form: {} });
    expect(ok.status).toBe(303);
    const back = ok.headers.get('location')!;
    expect(back).toBe(`/shows/${SHOW}?renewed=${encodeURIComponent(leaseId)}`);
    expect(await (await doorStaff.get(back)).text()).toContain('Lease renewed until 08:50 pm: 2 seats are still leased to this kiosk.');
    const item = (await env.scanAll()).find((i) => i.pk === `LEASE#${leaseId}`);
    expect(item?.endsAt).toBe('2026-12-02T15:20:00.000Z'); // kiosk sales close: 20 min after the 20:30 IST start
    expect(door.ctx.db.$client.prepare('select ends_at from leases where id = ?').pluck().get(leaseId)).toBe('2026-12-02T15:20:00.000Z');

    door.link.up = false;
    const offline = await doorStaff.request('POST', `/shows/${SHOW}/leases/${leaseId}/renew`, { form: {} });
    expect(offline.status).toBe(503);
    expect(await offline.text()).toContain('The link to the server is down, so the lease cannot be renewed now.');
    door.link.up = true;

    // Staff took it back on the server; the kiosk has not synced yet.
    await owner.post(`/api/v1/admin/leases/${leaseId}/revoke`);
    const ended = await doorStaff.request('POST', `/shows/${SHOW}/leases/${leaseId}/renew`, { form: {} });
    expect(ended.status).toBe(400);
    expect(await ended.text()).toContain('The server did not renew the lease: This lease has ended; ask for a new one.');
    await door.ctx.sync.syncNow();
    expect(await (await doorStaff.get(`/shows/${SHOW}`)).text()).not.toContain(`/leases/${leaseId}/renew`);
  });
});

describe('door: tickets of a kiosk revoked since', () => {
  it('honours a sale the server applied while the kiosk was trusted, and refuses one it never took', async () => {
    const counter = await newKiosk('Counter to revoke');
    await lease(counter, ['C1', 'C2']);
    await counter.ctx.sync.syncNow();
    counter.link.up = false;
    await counter.ctx.sync.syncNow();
    const applied = await sell(counter.ctx, counter.staff(), { showtimeId: SHOW, seats: ['C1'], payment: { method: 'cash' } });
    counter.link.up = true;
    await counter.ctx.sync.syncNow(); // C1 reaches the server
    counter.link.up = false;
    const never = await sell(counter.ctx, counter.staff(), { showtimeId: SHOW, seats: ['C2'], payment: { method: 'cash' } });
    expect(never.synced).toBe(false);

    // Before the revocation the door trusts the counter's key for both (a genuine offline sale).
    await door.ctx.sync.syncNow();
    expect((await scanAtDoor(ticketsOf(counter, never.id)[0].payload, 'Gate 0')).html).toContain('✓ Welcome');

    expect((await owner.post(`/api/v1/admin/kiosks/${counter.ctx.kioskId}/revoke`)).status).toBe(200);
    counter.link.up = true;
    await counter.ctx.sync.syncNow(); // refused: its token no longer works, C2 never reaches the server
    await door.ctx.sync.syncNow();

    const good = await scanAtDoor(ticketsOf(counter, applied.id)[0].payload);
    expect(good.html).toContain('✓ Welcome');
    expect(good.html).toContain('Seat C1');
    const bad = await scanAtDoor(ticketsOf(counter, never.id)[0].payload);
    expect(bad.html).toContain('door-no');
    expect(bad.html).toContain('✗ Sale not confirmed');
    expect(bad.html).toContain('revoked');
  });
});
