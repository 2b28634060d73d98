import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepExpiredHolds } from '../../server/booking/waitlist-sweep.js';
import { joinWaitlist, showsWithWaiters } from '../../server/store/waitlist.js';
import { customer, withDemoData } from '../helpers/customers.js';
import type { Client } from '../helpers/http.js';
import { demoLogin, registerTestKiosk } from '../helpers/kiosk-fixtures.js';
import { ORIGIN, createTestEnv, type TestEnv } from '../helpers/test-app.js';

// Every freeing of seats reaches the waitlist (docs/loyalty-and-waitlist.md): a hold replaced by
// the customer's next pick, and the leases of a revoked kiosk.
const REPLACED = 'charminar-cinemas-1-20261204-2030';
const PARTY = 'charminar-cinemas-1-20261204-1700';
const REVOKED = 'charminar-cinemas-1-20261205-1700';
const EXPIRED = 'charminar-cinemas-1-20261206-1700';
const UNWATCHED = 'charminar-cinemas-1-20261206-2030'; // nobody waits for it
const LAPSED = 'charminar-cinemas-1-20261205-2030';

type Customer = Client & { email: string; userId: string };
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies

let env: TestEnv;
let picker: Customer;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  picker = await customer(env);
});
afterAll(() => env.close());

async function wait(showtimeId: string, c: Customer, seats = 1) {
  const now = env.clock.now();
  await joinWaitlist(env.db, { showtimeId, userId: c.userId, seats, joinedAt: now.toISOString(), lang: 'en', status: 'waiting' }, new Date(now.getTime() + 86400_000));
  env.clock.advance(1000);
}

async function hold(showtimeId: string, seats: string[]): Promise<string> {
  const h = await picker.post('/api/v1/holds', { showtimeId, seats });
  expect(h.status).toBe(201);
  return ((await h.json()) as Json).hold.id as string;
}

const tasks = async () => (await env.scanAll()).filter((i) => i.type === 'outbox' && i.channel === 'task').map((t) => JSON.parse(t.text as string) as Json);
const toldAbout = async (email: string) => {
  await env.flushOutbox();
  return env.sink.mailbox.list().filter((m) => m.to === email && m.channel === 'email');
};

describe('a hold replaced by the next pick', () => {
  it("announces the old hold's seats the new hold does not take, with a work item in the release", async () => {
    const first = await hold(REPLACED, ['A1', 'A2']);
    const waiter = await customer(env);
    await wait(REPLACED, waiter);
    await hold(REPLACED, ['A2', 'A3']); // A1 came back; A2 stays held
    expect(await tasks()).toContainEqual({ showtimeId: REPLACED, freeing: `release-${first}`, count: 1 });
    const told = await toldAbout(waiter.email);
    expect(told).toHaveLength(1);
    expect(told[0].body).toContain(`/showtimes/${REPLACED}`);
  });

  it('tells nobody when the new hold takes every old seat again, or the party does not fit', async () => {
    const two = await customer(env);
    await wait(PARTY, two, 2);
    const first = await hold(PARTY, ['B1', 'B2']);
    const second = await hold(PARTY, ['B1', 'B2', 'B3']); // nothing came back
    await hold(PARTY, ['B2', 'B3']); // B1 came back: a party of two does not fit
    const work = await tasks();
    expect(work.filter((t) => t.freeing === `release-${first}`)).toEqual([]);
    expect(work).toContainEqual({ showtimeId: PARTY, freeing: `release-${second}`, count: 1 });
    expect(await toldAbout(two.email)).toEqual([]);
    await hold(PARTY, ['C1']); // B2 and B3 came back: the party of two fits
    expect(await toldAbout(two.email)).toHaveLength(1);
  });
});

describe('a revoked kiosk', () => {
  it("announces its leases' seats to the shows' waitlists", async () => {
    const owner = await demoLogin(env, 'owner');
    const kiosk = await registerTestKiosk(env, owner, 'To retire');
    const lease = await owner.post('/api/v1/admin/leases', { kioskId: kiosk.id, showtimeId: REVOKED, seats: ['E1', 'E2'] });
    expect(lease.status).toBe(201);
    const leaseId = ((await lease.json()) as Json).lease.id as string;
    const waiter = await customer(env);
    await wait(REVOKED, waiter, 2);
    expect((await owner.post(`/api/v1/admin/kiosks/${kiosk.id}/revoke`)).status).toBe(200);
    expect(await tasks()).toContainEqual({ showtimeId: REVOKED, freeing: `lease-${leaseId}`, count: 2 });
    expect(await toldAbout(waiter.email)).toHaveLength(1);
  });
});

describe('an expired hold, with nobody opening the seat map', () => {
  it('is announced by the per-minute sweep, which looks only at shows with a waitlist', async () => {
    const deps = { db: env.db, clock: env.clock.now, publicUrl: ORIGIN, messagesWaiting: () => undefined, log: () => undefined };
    const other = await customer(env);
    expect((await other.post('/api/v1/holds', { showtimeId: UNWATCHED, seats: ['F1'] })).status).toBe(201);
    await hold(EXPIRED, ['F1', 'F2']);
    const waiter = await customer(env);
    await wait(EXPIRED, waiter, 2);
    const listed = await showsWithWaiters(env.db, env.clock.now());
    expect(listed).toContain(EXPIRED);
    expect(listed).not.toContain(UNWATCHED);

    expect(await sweepExpiredHolds(deps)).toBe(0); // still held
    env.clock.advance(10 * 60_000 + 1000); // past the 10-minute hold
    expect(await sweepExpiredHolds(deps)).toBe(1);
    expect(await toldAbout(waiter.email)).toHaveLength(1);
    expect(await sweepExpiredHolds(deps)).toBe(0); // once
    // Told, the entry left the index: the show is no longer looked at.
    expect(await showsWithWaiters(env.db, env.clock.now())).not.toContain(EXPIRED);
  });
});

describe('a kiosk lease left to lapse, with nobody opening the seat map', () => {
  it('is announced by the sweep once the lease is past its end and the grace', async () => {
    const deps = { db: env.db, clock: env.clock.now, publicUrl: ORIGIN, messagesWaiting: () => undefined, log: () => undefined };
    const owner = await demoLogin(env, 'owner');
    const kiosk = await registerTestKiosk(env, owner, 'Lapsing');
    const endsAt = new Date(env.clock.now().getTime() + 30 * 60_000).toISOString();
    const lease = await owner.post('/api/v1/admin/leases', { kioskId: kiosk.id, showtimeId: LAPSED, seats: ['G1', 'G2'], endsAt });
    expect(lease.status).toBe(201);
    const waiter = await customer(env);
    await wait(LAPSED, waiter, 2);

    env.clock.advance(35 * 60_000); // past the end, within the 10-minute grace: still the kiosk's
    expect(await sweepExpiredHolds(deps)).toBe(0);
    env.clock.advance(6 * 60_000); // past the grace: the seats are free again
    expect(await sweepExpiredHolds(deps)).toBe(1);
    expect(await toldAbout(waiter.email)).toHaveLength(1);
    expect(await sweepExpiredHolds(deps)).toBe(0); // once
  });
});
