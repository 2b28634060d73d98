import { afterAll, beforeAll, expect, it } from 'vitest';
import { listPayments } from '../../server/store/payments.js';
import { customer, withDemoData } from '../helpers/customers.js';
import type { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

const SHOW = 'charminar-cinemas-1-20261203-1700';
const POOL = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6'];

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
});
afterAll(() => env.close());

/** A seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

it('sells each seat at most once to 100 parallel attempts, and takes money only for seats sold', async () => {
  const people: Client[] = await Promise.all(Array.from({ length: 10 }, () => customer(env)));
  const rand = rng(42);
  const attempts = Array.from({ length: 100 }, (_, i) => {
    const n = 1 + Math.floor(rand() * 4);
    const seats = [...new Set(Array.from({ length: n }, () => POOL[Math.floor(rand() * POOL.length)]))];
    return { who: people[i % people.length], seats, key: `race-${i}` };
  });

  const outcomes = await Promise.all(
    attempts.map(async ({ who, seats, key }) => {
      const h = await who.post('/api/v1/holds', { showtimeId: SHOW, seats });
      if (h.status !== 201) return { hold: h.status, book: 0 };
      const { hold } = (await h.json()) as { hold: { id: string } };
      const b = await who.post('/api/v1/bookings', { holdId: hold.id, payment: { method: 'upi' } }, { 'idempotency-key': key });
      const code = b.status === 201 ? '' : ((await b.json()) as { error: { code: string } }).error.code;
      return { hold: h.status, book: b.status, code, holdId: hold.id };
    }),
  );
  expect(outcomes.filter((o) => ![201, 409].includes(o.hold))).toEqual([]);
  // Each customer races ten attempts of their own: a hold placed after another of theirs on the
  // same show replaces it (one hold per customer per show), so booking the replaced one is refused
  // as expired, and only that. Every other hold is booked.
  const holdItems = await env.scanAll();
  const replaced = (o: { holdId?: string }) => holdItems.some((i) => i.type === 'hold' && i.id === o.holdId && i.status === 'released');
  const notBooked = outcomes.filter((o) => o.hold === 201 && o.book !== 201);
  expect(notBooked.filter((o) => !(o.book === 409 && o.code === 'hold_expired' && replaced(o)))).toEqual([]);
  expect(notBooked.length).toBeLessThan(outcomes.filter((o) => o.book === 201).length);
  expect(outcomes.filter((o) => o.hold === 409).length).toBeGreaterThan(0);

  const items = await env.scanAll();
  const bookings = items.filter((i) => i.type === 'booking' && i.showtimeId === SHOW && i.status === 'confirmed');
  const soldInBookings = bookings.flatMap((b) => b.seats as string[]);
  expect(new Set(soldInBookings).size).toBe(soldInBookings.length);
  const soldSeats = items.filter((i) => i.pk === `SHOW#${SHOW}` && i.status === 'sold');
  expect(soldSeats.map((s) => s.seatId).sort()).toEqual([...soldInBookings].sort());
  for (const s of soldSeats) expect(bookings.find((b) => b.id === s.bookingId)?.seats).toContain(s.seatId);

  const captured = (await listPayments(env.db)).filter((p) => p.status === 'captured').reduce((sum, p) => sum + p.capturedMinor, 0);
  const owed = bookings.reduce((sum, b) => sum + (b.quote as { totalMinor: number }).totalMinor, 0);
  expect(captured).toBe(owed);
  expect(outcomes.filter((o) => o.book === 201)).toHaveLength(bookings.length);

  const show = items.find((i) => i.pk === `SHOW#${SHOW}` && i.sk === 'SHOW');
  expect(show?.seatsSold).toBe(soldInBookings.length);
});
