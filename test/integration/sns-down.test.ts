import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../server/notify/dispatcher.js';
import { createSnsPublisher } from '../../server/notify/sns-publisher.js';
import { customer, withDemoData } from '../helpers/customers.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// A 1,200-seat hall two days ahead of the test clock: room for every booking below.
const SHOW = 'charminar-cinemas-2-20261203-2030';

let env: TestEnv;
let live: Dispatcher;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  // As in the server: a dispatcher running beside the requests, polling every 50 ms (and, while
  // SNS is down, probing it at most 2 s apart so the test need not wait out the 15 s default).
  const publisher = createSnsPublisher({ endpoint: env.sink.url, region: 'ap-south-1', topicName: 'test-notifications' });
  live = new Dispatcher({ db: env.db, publisher, clock: env.clock.now, intervalMs: 50, maxOutagePauseMs: 2000 });
  live.start();
});
afterAll(async () => {
  await live.stop();
  await fetch(`${env.sink.url}/_fault`, { method: 'POST', body: JSON.stringify({ down: false }) });
  await env.close();
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies

async function setSinkDown(down: boolean) {
  expect((await fetch(`${env.sink.url}/_fault`, { method: 'POST', body: JSON.stringify({ down }) })).status).toBe(200);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('with SNS down', () => {
  it('books at normal speed, keeps the messages in the outbox, and sends them when SNS is back', async () => {
    const seatsOf = (i: number) => [`E${i + 1}`];
    const timings = { up: [] as number[], down: [] as number[] };
    const downBookings: { id: string; email: string; client: Awaited<ReturnType<typeof customer>> }[] = [];
    // Warm-up (4), then 8 bookings with SNS up, then 8 with it down, the sink staying down throughout.
    for (let i = 0; i < 20; i++) {
      const down = i >= 12;
      if (i === 0 || i === 12) await setSinkDown(down);
      const c = await customer(env);
      const hold = (await (await c.post('/api/v1/holds', { showtimeId: SHOW, seats: seatsOf(i) })).json()) as Json;
      const started = performance.now();
      const res = await c.post('/api/v1/bookings', { holdId: hold.hold.id, payment: { method: 'upi' } }, { 'idempotency-key': `sns-down-${i}` });
      const ms = performance.now() - started;
      expect(res.status).toBe(201);
      const b = ((await res.json()) as Json).booking;
      if (i >= 4) (down ? timings.down : timings.up).push(ms);
      if (down) downBookings.push({ id: b.id, email: c.email, client: c });
      // Give the live dispatcher a moment to try (and, when down, fail) before the next booking.
      await new Promise((r) => setTimeout(r, 100));
    }
    const ratio = median(timings.down) / median(timings.up);
    console.log(`booking latency median: SNS up ${median(timings.up).toFixed(1)} ms, down ${median(timings.down).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`);
    // The old system waited 10 s per booking when SNS was down; here the booking never calls SNS.
    expect(Math.max(...timings.down)).toBeLessThan(2000);
    expect(median(timings.down)).toBeLessThan(median(timings.up) * 2 + 50);

    // While SNS is down the confirmations wait in the outbox: the dispatcher tried and will retry.
    for (const d of downBookings) {
      const n = ((await (await d.client.get(`/api/v1/bookings/${d.id}`)).json()) as Json).booking.notifications as Json[];
      expect(n.find((x) => x.kind === 'booking_confirmed')).toMatchObject({ channel: 'email', status: 'pending' });
    }
    const waiting = (await env.scanAll()).filter((i) => i.type === 'outbox' && i.kind === 'booking_confirmed' && i.status === 'pending');
    expect(waiting.map((i) => i.bookingId).sort()).toEqual(downBookings.map((d) => d.id).sort());
    // The dispatcher probed SNS and found it down, without spending an attempt on every message.
    expect(waiting.some((i) => (i.attempts as number) >= 1)).toBe(true);
    expect(env.sink.mailbox.list().filter((m) => downBookings.some((d) => d.email === m.to))).toEqual([]);

    // SNS returns; once the backoff has passed the live dispatcher sends everything, once.
    await setSinkDown(false);
    env.clock.advance(15 * 60_000);
    const deadline = Date.now() + 20_000;
    const delivered = () => env.sink.mailbox.list().filter((m) => downBookings.some((d) => d.email === m.to));
    while (delivered().length < downBookings.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    env.clock.advance(-15 * 60_000);
    expect(delivered().map((m) => m.to).sort()).toEqual(downBookings.map((d) => d.email).sort());
    for (const d of downBookings) {
      const n = ((await (await d.client.get(`/api/v1/bookings/${d.id}`)).json()) as Json).booking.notifications as Json[];
      expect(n.find((x) => x.kind === 'booking_confirmed')?.status).toBe('sent');
    }
  });
});
