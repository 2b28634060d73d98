import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkSale, doubleSales } from '../../bench/verify-sale.js';
import { sweepPayments } from '../../server/booking/payment-sweep.js';
import { TestGateway } from '../../server/booking/test-gateway.js';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../server/local/dynamodb-local.js';
import { freePort } from '../../server/local/free-port.js';
import { listPayments } from '../../server/store/payments.js';
import { makeCustomers, startCluster, type Cluster } from '../helpers/cluster.js';
import { RemoteClient } from '../helpers/remote-client.js';
import { seeded } from '../helpers/remote-flash-sale.js';
import { SMALL_SHOWS } from '../helpers/small-world.js';

// A DynamoDB Local of this file's own, keeping its data on disk, so it can be stopped and
// started again under the server's feet while customers keep booking.
let dir: string;
let port: number;
let dynamo: DynamoDbLocal;
let cluster: Cluster;
const SHOW = SMALL_SHOWS.grandB;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mm-fault-store-'));
  port = await freePort();
  dynamo = await startDynamoDbLocal({ port, dbPath: dir });
  cluster = await startCluster({ n: 1, dynamoEndpoint: dynamo.endpoint, env: { RATE_LIMITS: 'off', LOG_LEVEL: 'error' } });
});
afterAll(async () => {
  await cluster?.stop();
  await dynamo?.stop();
  rmSync(dir, { recursive: true, force: true });
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies

it('answers 503 store_unavailable (never 500, never a double sale) while DynamoDB restarts under load, and recovers', async () => {
  const [server] = cluster.servers;
  const customers = await makeCustomers(cluster.db, 6);
  const clients = await Promise.all(
    customers.map(async (c) => {
      const rc = new RemoteClient(server.url, { origin: cluster.origin });
      await rc.login(c.email, c.password);
      return rc;
    }),
  );
  const statuses = new Map<string, number>();
  const seen = (what: string, status: number | string) => statuses.set(`${what} ${status}`, (statuses.get(`${what} ${status}`) ?? 0) + 1);
  const codes503 = new Set<string>();
  let stop = false;

  async function customerLoop(c: RemoteClient, i: number) {
    const rand = seeded(100 + i);
    for (let n = 0; !stop; n++) {
      try {
        const map = await c.get(`/api/v1/showtimes/${SHOW}/seats`);
        seen('map', map.status);
        if (map.status !== 200) {
          if (map.status === 503) codes503.add(((await map.json()) as Json).error.code);
          await new Promise((r) => setTimeout(r, 100));
          continue;
        }
        const free = ((await map.json()) as Json).seats.filter((s: Json) => s.status === 'available' && s.type !== 'wheelchair');
        const seat = free[Math.floor(rand() * free.length)].id as string;
        const held = await c.post('/api/v1/holds', { showtimeId: SHOW, seats: [seat] });
        seen('hold', held.status);
        if (held.status !== 201) {
          if (held.status === 503) codes503.add(((await held.json()) as Json).error.code);
          continue;
        }
        const { hold } = (await held.json()) as Json;
        const booked = await c.post('/api/v1/bookings', { holdId: hold.id, payment: { method: 'upi' } }, { 'idempotency-key': `restart-${i}-${n}` });
        seen('book', booked.status);
        if (booked.status === 503) codes503.add(((await booked.json()) as Json).error.code);
        else await booked.body?.cancel();
      } catch (err) {
        seen('network', (err as Error).message);
      }
    }
  }

  const load = clients.map((c, i) => customerLoop(c, i));
  await new Promise((r) => setTimeout(r, 2000));
  await dynamo.stop();
  const downAt = Date.now();
  await new Promise((r) => setTimeout(r, 2500));
  // While the store is down the server stays up: alive, but not ready.
  expect((await fetch(`${server.url}/livez`)).status).toBe(200);
  expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
  dynamo = await startDynamoDbLocal({ port, dbPath: dir });
  const upAt = Date.now();
  // Back within a few seconds: ready again, and bookings go through.
  let readyAfter = -1;
  while (Date.now() - upAt < 15_000) {
    if ((await fetch(`${server.url}/readyz`)).status === 200) {
      readyAfter = Date.now() - upAt;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const bookedBefore = statuses.get('book 201') ?? 0;
  await new Promise((r) => setTimeout(r, 2500));
  stop = true;
  await Promise.all(load);
  console.log(`store down ${upAt - downAt} ms, ready again after ${readyAfter} ms; answers: ${JSON.stringify(Object.fromEntries(statuses))}`);

  expect(readyAfter).toBeGreaterThanOrEqual(0);
  const all = [...statuses.keys()];
  expect(all.filter((k) => /\s5\d\d$/.test(k) && !k.endsWith(' 503'))).toEqual([]);
  expect(all.filter((k) => k.startsWith('network'))).toEqual([]);
  expect(all.some((k) => k.endsWith(' 503'))).toBe(true);
  expect([...codes503]).toEqual(['store_unavailable']);
  expect(statuses.get('book 201') ?? 0).toBeGreaterThan(bookedBefore);

  // Bookings cut off by the outage are settled by the sweep; then seats, bookings and money agree.
  const later = () => new Date(Date.now() + 15 * 60_000);
  await sweepPayments({ db: cluster.db, gateway: new TestGateway(cluster.db, later), clock: later, log: () => undefined });
  const check = await checkSale(cluster.db, SHOW);
  expect(doubleSales(check)).toBe(0);
  expect(check.capturedMinor).toBe(check.owedMinor);
  expect(check.bookingsConfirmed).toBeGreaterThan(0);
  const holds = new Set(check.items.filter((i) => i.type === 'hold' && i.showtimeId === SHOW).map((i) => i.id as string));
  expect((await listPayments(cluster.db)).filter((p) => holds.has(p.reference) && p.status === 'authorized')).toEqual([]);
});
