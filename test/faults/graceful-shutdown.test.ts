import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { makeCustomers, startCluster, type Cluster } from '../helpers/cluster.js';
import { RemoteClient } from '../helpers/remote-client.js';
import { SMALL_SHOWS } from '../helpers/small-world.js';

// The real server on the run's DynamoDB Local, with a payment provider that takes 1.5 s to
// authorize and 1.5 s to capture, so a booking is surely in flight when SIGTERM comes.
let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster({ n: 1, dynamoEndpoint: inject('dynamoEndpoint'), env: { TEST_GATEWAY_DELAY_MS: '1500', RATE_LIMITS: 'off' } });
});
afterAll(async () => {
  await cluster?.stop();
});

it('finishes a booking that is mid-payment when SIGTERM arrives, refuses new connections, then exits 0', async () => {
  const [server] = cluster.servers;
  const [customer] = await makeCustomers(cluster.db, 1);
  const c = new RemoteClient(server.url, { origin: cluster.origin });
  await c.login(customer.email, customer.password);
  const held = await c.post('/api/v1/holds', { showtimeId: SMALL_SHOWS.seventyB, seats: ['C5', 'C6'] });
  expect(held.status).toBe(201);
  const { hold } = (await held.json()) as { hold: { id: string } };

  const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
  const started = Date.now();
  const booking = c.post('/api/v1/bookings', { holdId: hold.id, payment: { method: 'upi' } }, { 'idempotency-key': 'shutdown-1' });
  await new Promise((r) => setTimeout(r, 500));
  server.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  // No new connection once draining has begun.
  await expect(fetch(`${server.url}/livez`)).rejects.toThrow();

  const res = await booking;
  const answeredAfter = Date.now() - started;
  expect(res.status).toBe(201);
  const body = (await res.json()) as { booking: { status: string; payment: { status: string }; seats: string[] } };
  expect(body.booking).toMatchObject({ status: 'confirmed', seats: ['C5', 'C6'], payment: { status: 'captured' } });
  expect(answeredAfter).toBeGreaterThanOrEqual(3000);

  expect(await exited).toBe(0);
  expect(server.output()).toMatch(/"msg":"stopping".*"inFlight":1/);
  expect(server.output()).toMatch(/"msg":"requests finished"/);
});
