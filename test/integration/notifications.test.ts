import { randomUUID } from 'node:crypto';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../server/notify/dispatcher.js';
import { failedMessages, retryFailedMessage } from '../../server/notify/booking-notifications.js';
import { createSnsPublisher } from '../../server/notify/sns-publisher.js';
import { outboxPut } from '../../server/store/outbox.js';
import { customer, withDemoData } from '../helpers/customers.js';
import type { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01 12:00 IST (06:30 UTC).
const SHOW = 'charminar-cinemas-1-20261202-2030'; // reminder due 2026-12-02 17:30 IST = 12:00 UTC
const SHOW2 = 'charminar-cinemas-1-20261203-2030';
const UNTIL_REMINDER = Date.parse('2026-12-02T12:00:00Z') - Date.parse('2026-12-01T06:30:00Z');

let env: TestEnv;
let moved = 0;
const advance = (ms: number) => {
  env.clock.advance(ms);
  moved += ms;
};
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
});
afterEach(async () => {
  env.clock.advance(-moved);
  moved = 0;
  await setSinkDown(false);
});
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
const json = async (r: Response) => (await r.json()) as Json;

async function setSinkDown(down: boolean) {
  await fetch(`${env.sink.url}/_fault`, { method: 'POST', body: JSON.stringify({ down }) });
}

async function book(c: Client, showtimeId: string, seats: string[]): Promise<Json> {
  const hold = await json(await c.post('/api/v1/holds', { showtimeId, seats }));
  const res = await c.post('/api/v1/bookings', { holdId: hold.hold.id, payment: { method: 'upi' } });
  expect(res.status).toBe(201);
  return (await json(res)).booking;
}

const notifications = async (c: Client, id: string) => (await json(await c.get(`/api/v1/bookings/${id}`))).booking.notifications as Json[];
const mailFor = (to: string) => env.sink.mailbox.list().filter((m) => m.to === to);

describe('booking messages', () => {
  it('confirms by email and opted-in SMS, shows delivery on the booking, and reminds 3 hours before the show', async () => {
    const c = await customer(env, { name: 'Asha Rao' });
    const prefs = await c.request('PATCH', '/api/v1/me', { json: { phone: '98765 43210', smsOptIn: true } });
    expect(prefs.status).toBe(200);
    expect((await json(prefs)).user).toMatchObject({ phone: '+919876543210', smsOptIn: true });

    const b = await book(c, SHOW, ['F1', 'F2']);
    expect(await notifications(c, b.id)).toEqual([
      { kind: 'booking_confirmed', channel: 'email', status: 'pending' },
      { kind: 'booking_confirmed', channel: 'sms', status: 'pending' },
      { kind: 'show_reminder', channel: 'email', status: 'pending' },
      { kind: 'show_reminder', channel: 'sms', status: 'pending' },
    ]);

    await env.flushOutbox();
    const [email] = mailFor(c.email);
    expect(email.subject).toBe(`Booking ${b.id}: ${b.movieTitle}, Wed, 2 Dec, 2026, 8:30 pm IST`);
    expect(email.body).toContain('Hello Asha Rao,');
    expect(email.body).toContain('Seats: F1, F2');
    expect(email.body).toContain(`Download tickets (PDF): http://localhost:3000/bookings/${b.id}/ticket.pdf`);
    expect(email.html).toContain(`href="http://localhost:3000/bookings/${b.id}/ticket.pdf"`);
    expect(email.html).toMatch(/^<!DOCTYPE html>/);
    expect(email.attributes).toMatchObject({ channel: 'email', to: c.email, kind: 'booking_confirmed', lang: 'en' });
    const [sms] = mailFor('+919876543210');
    expect(sms.channel).toBe('sms');
    expect(sms.body).toContain(`Movie Magic ${b.id} confirmed.`);
    expect(sms.body).toContain(`/bookings/${b.id}/ticket.pdf`);

    const after = await notifications(c, b.id);
    expect(after.map((n) => n.status)).toEqual(['sent', 'sent', 'pending', 'pending']);
    expect(after[0].sentAt).toBe('2026-12-01T06:30:00.000Z');

    advance(UNTIL_REMINDER - 60_000);
    await env.flushOutbox();
    expect(mailFor(c.email)).toHaveLength(1);
    advance(60_000);
    await env.flushOutbox();
    const reminder = mailFor(c.email)[0];
    expect(reminder.subject).toBe(`Today: ${b.movieTitle} at 8:30 pm IST`);
    expect(mailFor('+919876543210')[0].body).toContain('reminder: show at 8:30 pm IST');
    expect((await notifications(c, b.id)).map((n) => n.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
  });

  it('announces a cancellation and its refund, and drops the reminder of the cancelled booking', async () => {
    const c = await customer(env);
    const b = await book(c, SHOW2, ['A1', 'A2']);
    expect((await c.post(`/api/v1/bookings/${b.id}/cancel`)).status).toBe(200);
    advance(Date.parse('2026-12-03T12:00:00Z') - Date.parse('2026-12-01T06:30:00Z'));
    await env.flushOutbox();
    // The test clock stands still, so cancellation and refund share one instant and either may go first.
    const subjects = mailFor(c.email).map((m) => m.subject).sort();
    expect(subjects).toEqual([`Booking ${b.id} cancelled`, `Booking ${b.id}: ${b.movieTitle}, Thu, 3 Dec, 2026, 8:30 pm IST`, `Refund for booking ${b.id}`]);
    expect(mailFor(c.email).find((m) => m.subject?.startsWith('Refund'))?.body).toContain('We have refunded ₹480.00');
    const list = await notifications(c, b.id);
    expect(list.map((n) => `${n.kind}:${n.status}`)).toEqual(['booking_confirmed:sent', 'show_reminder:cancelled', 'booking_cancelled:sent', 'refund_issued:sent']);
  });

  it('accepts only a mobile number it can text, and SMS only with a number', async () => {
    const c = await customer(env);
    const bad = await c.request('PATCH', '/api/v1/me', { json: { phone: '12345' } });
    expect(bad.status).toBe(400);
    const noPhone = await c.request('PATCH', '/api/v1/me', { json: { smsOptIn: true } });
    expect(noPhone.status).toBe(400);
    const ok = await c.request('PATCH', '/api/v1/me', { json: { phone: '+44 7700 900123', smsOptIn: true } });
    expect((await json(ok)).user).toMatchObject({ phone: '+447700900123', smsOptIn: true });
    const removed = await c.request('PATCH', '/api/v1/me', { json: { phone: null } });
    expect((await json(removed)).user).toMatchObject({ phone: null, smsOptIn: false });
    expect((await env.app.request('/api/v1/me', { method: 'PATCH' })).status).toBe(401);
  });
});

describe('failures', () => {
  it('marks a message failed after the last retry, shows it to admins and the customer, and resends', async () => {
    const publisher = createSnsPublisher({ endpoint: env.sink.url, region: 'ap-south-1', topicName: 'test-notifications' });
    const flaky = new Dispatcher({ db: env.db, publisher, clock: env.clock.now, maxAttempts: 2 });
    const c = await customer(env);
    await setSinkDown(true);
    const b = await book(c, SHOW, ['G1']);
    expect(await flaky.runOnce()).toBe(0);
    advance(2_000);
    expect(await flaky.runOnce()).toBe(0); // still backing off: not due yet
    advance(60_000);
    expect(await flaky.runOnce()).toBe(0);
    const [confirmation] = await notifications(c, b.id);
    expect(confirmation).toMatchObject({ kind: 'booking_confirmed', channel: 'email', status: 'failed' });

    const failed = await failedMessages(env.db);
    const mine = failed.messages.find((m) => m.bookingId === b.id);
    expect(mine).toMatchObject({ kind: 'booking_confirmed', to: c.email, attempts: 2, lastError: expect.stringMatching(/unavailable/i) });

    await setSinkDown(false);
    const resent = await c.post(`/api/v1/bookings/${b.id}/resend`);
    expect(resent.status).toBe(202);
    expect((await json(resent)).notifications).toEqual([expect.objectContaining({ kind: 'booking_confirmed', channel: 'email', status: 'pending' })]);
    const again = await c.post(`/api/v1/bookings/${b.id}/resend`);
    expect(again.status).toBe(429);
    expect((await (await customer(env)).post(`/api/v1/bookings/${b.id}/resend`)).status).toBe(404);
    await env.flushOutbox();
    expect(mailFor(c.email)).toHaveLength(1);

    // Staff can also retry the failed message itself.
    await retryFailedMessage({ db: env.db, publicUrl: '', clock: env.clock.now, messagesWaiting: () => undefined }, mine?.id ?? '');
    await env.flushOutbox();
    expect(mailFor(c.email)).toHaveLength(2);
    expect((await notifications(c, b.id)).map((n) => `${n.kind}:${n.status}`)).toEqual(['booking_confirmed:sent', 'show_reminder:pending', 'booking_confirmed:sent']);
    expect((await failedMessages(env.db)).messages.some((m) => m.bookingId === b.id)).toBe(false);
  });
});

describe('several dispatchers', () => {
  it('publish each of 50 messages exactly once when two race over the same table', async () => {
    const now = env.clock.now().toISOString();
    const run = randomUUID().slice(0, 8);
    const ids: string[] = [];
    for (let i = 0; i < 50; i += 25) {
      const batch = Array.from({ length: 25 }, (_, j) => {
        const id = randomUUID();
        ids.push(id);
        return outboxPut(env.db.table, { id, channel: 'email', to: `race-${run}-${i + j}@example.in`, kind: 'test', lang: 'en', subject: `Race ${i + j}`, text: 'x', createdAt: now });
      });
      await env.db.doc.send(new TransactWriteCommand({ TransactItems: batch }));
    }
    const dispatcher = () =>
      new Dispatcher({ db: env.db, publisher: createSnsPublisher({ endpoint: env.sink.url, region: 'ap-south-1', topicName: 'test-notifications' }), clock: env.clock.now, concurrency: 8 });
    const a = dispatcher();
    const b = dispatcher();
    const counts = { a: 0, b: 0 };
    for (let round = 0; round < 5; round++) {
      const [sa, sb] = await Promise.all([a.runOnce(), b.runOnce()]);
      counts.a += sa;
      counts.b += sb;
    }
    const delivered = env.sink.mailbox.list().filter((m) => m.to.startsWith(`race-${run}-`));
    expect(delivered).toHaveLength(50);
    expect(new Set(delivered.map((m) => m.to)).size).toBe(50);
    expect(counts.a + counts.b).toBe(50);
    expect(counts.a).toBeGreaterThan(0);
    expect(counts.b).toBeGreaterThan(0);
  });
});
