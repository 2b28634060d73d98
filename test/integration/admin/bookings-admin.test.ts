import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../server/store/audit.js';
import { getBooking } from '../../../server/store/bookings.js';
import { listTheaterScreens } from '../../../server/store/catalog-admin.js';
import { getPayment } from '../../../server/store/payments.js';
import { bookSeats, layoutForm } from '../../helpers/admin-fixtures.js';
import { customer, withDemoData } from '../../helpers/customers.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

let env: TestEnv;
let owner: Awaited<ReturnType<typeof staffMember>>;
let boxOffice: Awaited<ReturnType<typeof staffMember>>;
let manager: Awaited<ReturnType<typeof staffMember>>;
let screenId: string;

beforeAll(async () => {
  env = await createTestEnv();
  await withDemoData(env);
  owner = await staffMember(env, [{ role: 'owner', theaterIds: ['charminar-cinemas'] }]);
  boxOffice = await staffMember(env, [{ role: 'staff', theaterIds: ['charminar-cinemas'] }]);
  manager = await staffMember(env, [{ role: 'manager', theaterIds: ['charminar-cinemas'] }]);
  await owner.request('POST', '/admin/screens', { form: layoutForm('charminar-cinemas', ['rrrrrrrr', 'rrrrrrrr', 'pppppppp'], { name: 'Counter Screen' }) });
  screenId = (await listTheaterScreens(env.db, 'charminar-cinemas')).find((s) => s.name === 'Counter Screen')!.id;
});
afterAll(() => env.close());

async function newShow(startsAt: string): Promise<string> {
  const res = await owner.post('/api/v1/admin/showtimes', { movieId: 'chai-and-chaos', screenId, startsAt, language: 'Hindi', format: '2D', prices: { regular: 20000, premium: 30000 } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { showtime: { id: string } }).showtime.id;
}

function sell(client: typeof boxOffice, showId: string, seats: string[], fields: Record<string, string>) {
  const body = new URLSearchParams(fields);
  for (const s of seats) body.append('seats', s);
  return env.app.request(`/admin/showtimes/${showId}/sell`, {
    method: 'POST',
    headers: { origin: 'http://localhost:3000', cookie: client.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
}

describe('counter sale', () => {
  it('sells to a walk-in through the same seat rules, once per form, and finds it by phone, email, id and show', async () => {
    const show = await newShow('2026-12-05T18:00:00+05:30');
    const page = await (await boxOffice.get(`/admin/showtimes/${show}/sell`)).text();
    const saleKey = page.match(/name="saleKey" value="([\w-]+)"/)?.[1];
    expect(saleKey).toBeTruthy();
    const fields = { saleKey: saleKey!, method: 'cash', name: 'Ravi Kumar', email: 'Ravi@Example.in', phone: '98765 43210' };
    env.clock.advance(1000); // audit entries are ordered by time
    const res = await sell(boxOffice, show, ['A1', 'A2'], fields);
    expect(res.status).toBe(303);
    const bookingId = res.headers.get('location')!.match(/MVM-\d{8}-[0-9A-Z]{8}/)![0];
    const b = (await getBooking(env.db, bookingId))!;
    expect(b).toMatchObject({ channel: 'counter', status: 'confirmed', seats: ['A1', 'A2'], payment: { method: 'cash', status: 'captured' }, walkIn: { name: 'Ravi Kumar', email: 'ravi@example.in', phone: '+919876543210', soldBy: boxOffice.userId } });
    expect(b.quote.ticketsMinor).toBe(40000);

    // The same form sent again (a double click) answers the same booking and sells nothing more.
    const again = await sell(boxOffice, show, ['A1', 'A2'], fields);
    expect(again.headers.get('location')).toContain(bookingId);
    const seats = (await (await boxOffice.get(`/api/v1/showtimes/${show}/seats`)).json()) as { seats: { id: string; status: string }[] };
    expect(seats.seats.filter((s) => s.status === 'sold').map((s) => s.id)).toEqual(['A1', 'A2']);
    // Sold seats cannot be sold again, at the counter or online.
    const taken = await sell(boxOffice, show, ['A2', 'A3'], { ...fields, saleKey: 'another-sale-key-1' });
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain('A2');

    await env.flushOutbox();
    expect((await env.sink.mailbox.list()).some((m) => m.to === 'ravi@example.in' && m.body.includes(bookingId))).toBe(true);

    for (const q of ['98765 43210', 'ravi@example.in', bookingId.toLowerCase(), show]) {
      const html = await (await boxOffice.get(`/admin/bookings?theater=charminar-cinemas&q=${encodeURIComponent(q)}`)).text();
      expect(html, q).toContain(`/admin/bookings/${bookingId}`);
    }
    const detail = await (await boxOffice.get(`/admin/bookings/${bookingId}`)).text();
    expect(detail).toContain('Ravi Kumar');
    expect(detail).toContain('(walk-in)');
    const pdf = await boxOffice.get(`/admin/bookings/${bookingId}/ticket.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    const { entries } = await listAudit(env.db, 'charminar-cinemas', { limit: 1 });
    expect(entries[0]).toMatchObject({ what: 'booking.counter-sale', subject: bookingId });
  });

  it('keeps selling at the counter for 20 minutes after the start, when online sales have closed', async () => {
    const show = await newShow('2026-12-01T12:30:00+05:30'); // 07:00 UTC; the test clock says 06:30 UTC
    const c = await customer(env);
    env.clock.advance(35 * 60_000); // 5 minutes after the start
    expect((await c.post('/api/v1/holds', { showtimeId: show, seats: ['B1'] })).status).toBe(409);
    const res = await sell(boxOffice, show, ['B1'], { saleKey: 'late-sale-key-0001', method: 'upi' });
    expect(res.status).toBe(303);
    env.clock.advance(20 * 60_000);
    const late = await sell(boxOffice, show, ['B2'], { saleKey: 'late-sale-key-0002', method: 'upi' });
    expect(late.status).toBe(409);
  });

  it('staff of another theater cannot see or sell this theater\u2019s shows and bookings', async () => {
    const show = await newShow('2026-12-05T21:00:00+05:30');
    const other = await staffMember(env, [{ role: 'manager', theaterIds: ['hitech-screens'] }]);
    expect((await other.get(`/admin/showtimes/${show}/sell`)).status).toBe(403);
    expect((await sell(other, show, ['A1'], { saleKey: 'other-theater-sale-1', method: 'cash' })).status).toBe(403);
    const c = await customer(env);
    const b = await bookSeats(c, show, ['C1']);
    expect((await other.get(`/admin/bookings/${b.id}`)).status).toBe(403);
    expect((await other.get(`/admin/bookings?theater=charminar-cinemas&q=${b.id}`)).status).toBe(403);
    const mine = await (await other.get(`/admin/bookings?theater=hitech-screens&q=${b.id}`)).text();
    expect(mine).not.toContain(`/admin/bookings/${b.id}`);
  });
});

describe('cancel, refund and resend', () => {
  it('a manager cancels under the policy, then refunds the rest; the money matches the gateway', async () => {
    const show = await newShow('2026-12-04T18:00:00+05:30'); // more than 24 h ahead: 75% of tickets
    const c = await customer(env);
    const booked = await bookSeats(c, show, ['B3', 'B4']);
    const b = (await getBooking(env.db, booked.id))!;
    expect((await boxOffice.request('POST', `/admin/bookings/${b.id}/cancel`, { form: { mode: 'policy' } })).status).toBe(403);

    env.clock.advance(1000);
    const page = await (await manager.get(`/admin/bookings/${b.id}`)).text();
    expect(page).toContain('Cancel under the policy (refund ₹300.00, 75%)');
    expect((await manager.request('POST', `/admin/bookings/${b.id}/cancel`, { form: { mode: 'policy' } })).status).toBe(303);
    const cancelled = (await getBooking(env.db, b.id))!;
    expect(cancelled).toMatchObject({ status: 'cancelled', refund: { amountMinor: 30000, percent: 75, status: 'refunded' } });
    expect((await getPayment(env.db, b.payment.reference))?.refundedMinor).toBe(30000);
    // Seats are free again at once.
    const again = await bookSeats(await customer(env), show, ['B3']);
    expect(again.status).toBe('confirmed');

    env.clock.advance(1000);
    expect((await manager.request('POST', `/admin/bookings/${b.id}/refund`, { form: {} })).status).toBe(303);
    const full = (await getBooking(env.db, b.id))!;
    expect(full.refund).toMatchObject({ amountMinor: b.quote.totalMinor, status: 'refunded' });
    expect(full.payment.status).toBe('refunded');
    expect((await getPayment(env.db, b.payment.reference))?.refundedMinor).toBe(b.quote.totalMinor);
    // A second click refunds nothing more.
    const twice = await manager.request('POST', `/admin/bookings/${b.id}/refund`, { form: {} });
    expect(twice.status).toBe(409);
    expect((await getPayment(env.db, b.payment.reference))?.refundedMinor).toBe(b.quote.totalMinor);
    const { entries } = await listAudit(env.db, 'charminar-cinemas', { limit: 10 });
    expect(entries.filter((e) => e.subject === b.id).map((e) => e.what)).toEqual(['booking.refund', 'booking.cancel']);
    await env.flushOutbox();
    const mail = (await env.sink.mailbox.list()).filter((m) => m.to === c.email);
    expect(mail.filter((m) => /refund/i.test(m.subject ?? '')).length).toBeGreaterThanOrEqual(2);
  });

  it('cancels with the policy waived: everything paid comes back', async () => {
    const show = await newShow('2026-12-01T16:00:00+05:30'); // 4 h ahead: the policy would give 50%
    const c = await customer(env);
    const booked = await bookSeats(c, show, ['C5']);
    const b = (await getBooking(env.db, booked.id))!;
    expect((await owner.request('POST', `/admin/bookings/${b.id}/cancel`, { form: { mode: 'full' } })).status).toBe(303);
    expect((await getBooking(env.db, b.id))?.refund).toMatchObject({ amountMinor: b.quote.totalMinor, percent: 100 });
    expect((await getPayment(env.db, b.payment.reference))?.refundedMinor).toBe(b.quote.totalMinor);
  });

  it('box-office staff resend the confirmation; a second press at once is refused kindly', async () => {
    const show = await newShow('2026-12-06T18:00:00+05:30');
    const c = await customer(env);
    const b = await bookSeats(c, show, ['A5']);
    await env.flushOutbox();
    const before = (await env.sink.mailbox.list()).filter((m) => m.to === c.email).length;
    expect((await boxOffice.request('POST', `/admin/bookings/${b.id}/resend`, { form: {} })).status).toBe(303);
    await env.flushOutbox();
    expect((await env.sink.mailbox.list()).filter((m) => m.to === c.email).length).toBe(before + 1);
    const again = await boxOffice.request('POST', `/admin/bookings/${b.id}/resend`, { form: {} });
    expect(again.status).toBe(429);
    expect(await again.text()).toContain('sent again a moment ago');
  });
});
