import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestGateway } from '../../server/booking/test-gateway.js';
import { listPayments } from '../../server/store/payments.js';
import { customer, withDemoData } from '../helpers/customers.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

const SHOW = 'hitech-screens-2-20261202-1700';
let env: TestEnv;
let slowPayment: (() => Promise<void>) | null = null;

beforeAll(async () => {
  env = await createTestEnv({
    rateLimits: 'off',
    // A payment that takes 11 minutes: the hold runs out while the customer is paying.
    gateway: (db, clock) => new TestGateway(db, clock.now, async () => slowPayment?.()),
  });
  await withDemoData(env);
});
afterAll(() => env.close());

it('returns a payment that finishes after the hold expired, books nothing, and tells the customer', async () => {
  const slow = await customer(env, { name: 'Slow Payer' });
  const fast = await customer(env);
  const held = (await (await slow.post('/api/v1/holds', { showtimeId: SHOW, seats: ['C4', 'C5'] })).json()) as { hold: { id: string } };

  let takenByOther = 0;
  slowPayment = async () => {
    env.clock.advance(11 * 60_000);
    takenByOther = (await fast.post('/api/v1/holds', { showtimeId: SHOW, seats: ['C5'] })).status;
  };
  const res = await slow.post('/api/v1/bookings', { holdId: held.hold.id, payment: { method: 'upi' } }, { 'idempotency-key': 'slow-pay-1' });
  slowPayment = null;

  expect(takenByOther).toBe(201);
  expect(res.status).toBe(409);
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('hold_expired');
  expect(body.error.message).toMatch(/not been charged/);

  const payments = (await listPayments(env.db)).filter((p) => p.reference === held.hold.id);
  expect(payments).toHaveLength(1);
  expect(payments[0].status).toBe('voided');
  expect(payments[0].capturedMinor).toBe(0);

  const items = await env.scanAll();
  expect(items.filter((i) => i.type === 'booking' && i.userId === slow.userId)).toHaveLength(0);
  const c4 = items.find((i) => i.pk === `SHOW#${SHOW}` && i.sk === 'SEAT#C4');
  expect(c4?.status).toBe('held'); // still the expired hold's item, free to anyone by rule 1
  expect(c4?.bookingId).toBeUndefined();

  await env.flushOutbox();
  const mail = env.sink.mailbox.list().find((m) => m.to === slow.email);
  expect(mail?.subject).toBe('Your payment was returned');

  // The same request again gives the same answer and charges nothing more.
  const retry = await slow.post('/api/v1/bookings', { holdId: held.hold.id, payment: { method: 'upi' } }, { 'idempotency-key': 'slow-pay-1' });
  expect(retry.status).toBe(409);
  expect((await listPayments(env.db)).filter((p) => p.reference === held.hold.id)).toHaveLength(1);
});
