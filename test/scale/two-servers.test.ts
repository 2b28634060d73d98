import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { doubleSales, checkSale } from '../../bench/verify-sale.js';
import { startCluster, makeCustomers, type Cluster } from '../helpers/cluster.js';
import { RemoteClient } from '../helpers/remote-client.js';
import { SMALL_SHOWS } from '../helpers/small-world.js';
import { remoteFlashSale } from '../helpers/remote-flash-sale.js';

// Two server processes (production mode) on one DynamoDB Local and one SNS sink, like two
// servers behind a load balancer. Nothing but the store connects them.
let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster({ n: 2, dynamoEndpoint: inject('dynamoEndpoint'), env: { RATE_LIMITS: 'off', LOG_LEVEL: 'warn' } });
});
afterAll(async () => {
  await cluster?.stop();
});

it('sells the 70-seat screen across both servers with zero double sales, every seat paid once', async () => {
  const show = SMALL_SHOWS.seventyA;
  const customers = await makeCustomers(cluster.db, 12);
  const sale = await remoteFlashSale({ urls: cluster.urls, showtimeId: show, customers, seed: 7, deadlineMs: 60_000, origin: cluster.origin });
  console.log(`two servers, 12 customers, 70 seats: ${sale.bookings} bookings in ${sale.wallMs} ms, ${sale.holdConflicts} lost races, requests per server ${JSON.stringify(sale.perServer)}`);
  expect(sale.unexpected).toEqual([]);
  // Both servers took a real share of the sale.
  for (const url of cluster.urls) expect(sale.perServer[new URL(url).origin]).toBeGreaterThan(20);

  const check = await checkSale(cluster.db, show);
  expect(doubleSales(check)).toBe(0);
  expect(check.seatsInTwoBookings).toEqual([]);
  expect(check.seatItemsSold).toBe(70);
  expect(check.seatItemsHeld).toBe(0);
  expect(check.seatsInBookings).toBe(70);
  expect(check.bookingsConfirmed).toBe(sale.bookings);
  expect(check.capturedMinor).toBe(check.owedMinor);
  expect(check.paymentsByStatus).toEqual({ captured: sale.bookings });
});

it('streams a hold placed through server A to a seat map open on server B within 2 s', async () => {
  const [a, b] = cluster.urls;
  const show = SMALL_SHOWS.seventyB;
  const controller = new AbortController();
  const stream = await fetch(`${b}/showtimes/${show}/seat-events?since=${encodeURIComponent(new Date().toISOString())}`, {
    headers: { accept: 'text/event-stream' },
    signal: controller.signal,
  });
  expect(stream.status).toBe(200);
  expect(stream.headers.get('content-type')).toContain('text/event-stream');
  let received = '';
  const reading = (async () => {
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      received += decoder.decode(value, { stream: true });
    }
  })();

  const [customer] = await makeCustomers(cluster.db, 1);
  const onA = new RemoteClient(a, { origin: cluster.origin });
  await onA.login(customer.email, customer.password);
  const heldAt = Date.now();
  const held = await onA.post('/api/v1/holds', { showtimeId: show, seats: ['D4', 'D5'] });
  expect(held.status).toBe(201);
  while (!(received.includes('id="sD4"') && received.includes('id="sD5"')) && Date.now() - heldAt < 5000) await new Promise((r) => setTimeout(r, 50));
  const seenAfter = Date.now() - heldAt;
  controller.abort();
  await reading;
  console.log(`hold through A seen on B's stream after ${seenAfter} ms`);
  expect(received).toContain('event: seats');
  expect(received).toMatch(/id="sD4"[^>]*class="[^"]*\bh\b/);
  expect(seenAfter).toBeLessThan(2000);
});
