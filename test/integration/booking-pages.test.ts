import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBook, apiSeat, checkoutPath, hiddenKey, isChecked } from '../helpers/booking-pages.js';
import { customer, withDemoData } from '../helpers/customers.js';
import { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01 12:00 IST; demo shows run 10:00, 13:30, 17:00, 20:30 daily.
const SHOW = 'charminar-cinemas-1-20261202-2030'; // the prototype's 7×10 screen, rows A–E regular ₹320, F–G premium ₹420
const SOON = 'charminar-cinemas-1-20261201-1330'; // starts 90 minutes after the clock

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
});
afterAll(() => env.close());

describe('checkout', () => {
  it("shows the server's quote for 5 regular seats, the policy, the countdown and a fresh key", async () => {
    const me = await customer(env);
    const path = await checkoutPath(me, SHOW, ['E1', 'E2', 'E3', 'E4', 'E5']);
    const res = await me.get(path);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('₹1,628.00');
    expect(html).toContain('₹1,600.00');
    expect(html).toContain('₹28.00');
    expect(html.match(/<th scope="row">Seat E\d/g)).toHaveLength(5);
    expect(html).toContain('GST included above');
    expect(html).toContain('Cancel at least 24 hours before the show for 75% of the ticket price back.');
    expect(html).toContain('The convenience fee is not refunded.');
    expect(html).toContain('data-seconds="600"');
    expect(html).toContain('10 minutes');
    expect(html).toContain('<time datetime="2026-12-01T06:40:00.000Z">12:10 pm</time>');
    for (const m of ['upi', 'card', 'wallet', 'netbanking']) expect(html).toContain(`name="method" value="${m}"`);
    expect(html).toContain('Test payment token');
    expect(hiddenKey(html)).toMatch(/^[\w-]{36}$/);
    expect(hiddenKey(await (await me.get(path)).text())).not.toBe(hiddenKey(html));
    expect(html).toContain('Release seats');
    expect(html).not.toMatch(/style=/);
  });

  it("answers 404 for someone else's hold", async () => {
    const owner = await customer(env);
    const path = await checkoutPath(owner, SHOW, ['F1']);
    const stranger = await customer(env);
    expect((await stranger.get(path)).status).toBe(404);
    const pay = await stranger.request('POST', `${path}/pay`, { form: { method: 'upi', idempotencyKey: 'k1' } });
    expect(pay.status).toBe(404);
    expect((await stranger.request('POST', `${path}/release`, { form: {} })).status).toBe(404);
    expect(await apiSeat(env, SHOW, 'F1')).toBe('held');
  });

  it('pays once for a double click and shows the booking', async () => {
    const me = await customer(env);
    const path = await checkoutPath(me, SHOW, ['F2', 'F3']);
    const key = hiddenKey(await (await me.get(path)).text())!;
    const form = { method: 'upi', token: '', idempotencyKey: key };
    const [first, second] = await Promise.all([me.request('POST', `${path}/pay`, { form }), me.request('POST', `${path}/pay`, { form })]);
    expect(first.status).toBe(303);
    expect(second.status).toBe(303);
    const location = first.headers.get('location')!;
    expect(location).toMatch(/^\/bookings\/MVM-20261201-[0-9A-Z]{8}$/);
    expect(second.headers.get('location')).toBe(location);

    const page = await me.get(location);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(location.slice('/bookings/'.length));
    expect(html).toContain('Booking confirmed');
    expect(html).toContain('F2, F3');
    expect(html).toContain('₹854.70'); // 2 × ₹420 + 1.75% fee
    expect(html).toContain('UPI · Paid');
    expect(html).toContain('Wed, 2 Dec, 8:30 pm IST');
    expect(html).toContain('Charminar Cinemas');
    expect(html).toContain('/cancel"');
    expect(await apiSeat(env, SHOW, 'F2')).toBe('sold');
    // The paid hold's checkout now leads to its booking.
    const again = await me.get(path);
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe(location);
  });

  it('shows a declined payment with a 402, keeping the seats held and the chosen method', async () => {
    const me = await customer(env);
    const path = await checkoutPath(me, SHOW, ['F4']);
    const key = hiddenKey(await (await me.get(path)).text())!;
    const res = await me.request('POST', `${path}/pay`, { form: { method: 'card', token: 'decline', idempotencyKey: key } });
    expect(res.status).toBe(402);
    const html = await res.text();
    expect(html).toContain('The payment was declined');
    expect(html).toMatch(/value="card" checked/);
    expect(hiddenKey(html)).not.toBe(key);
    expect(await apiSeat(env, SHOW, 'F4')).toBe('held');

    const retry = await me.request('POST', `${path}/pay`, { form: { method: 'card', idempotencyKey: hiddenKey(html)! } });
    expect(retry.status).toBe(303);
  });

  it('asks for a payment method when none is chosen', async () => {
    const me = await customer(env);
    const path = await checkoutPath(me, SHOW, ['F5']);
    const res = await me.request('POST', `${path}/pay`, { form: { idempotencyKey: 'abc' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Choose UPI, card, wallet or net banking.');
  });

  it('frees the seats at once on release and goes back to the map', async () => {
    const me = await customer(env);
    const path = await checkoutPath(me, SHOW, ['F6', 'F7']);
    const res = await me.request('POST', `${path}/release`, { form: {} });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/showtimes/${SHOW}`);
    expect(await apiSeat(env, SHOW, 'F6')).toBe('available');
    const after = await me.get(path);
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('You released these seats');
  });

  it('explains an expired hold: nothing charged, back to the map', async () => {
    const me = await customer(env);
    const path = await checkoutPath(me, SHOW, ['F8']);
    const key = hiddenKey(await (await me.get(path)).text())!;
    env.clock.advance(11 * 60_000);
    try {
      const res = await me.request('POST', `${path}/pay`, { form: { method: 'upi', idempotencyKey: key } });
      expect(res.status).toBe(409);
      const html = await res.text();
      expect(html).toContain('Your seat hold has ended');
      expect(html).toContain('not been charged');
      expect(html).toContain(`href="/showtimes/${SHOW}"`);
      expect((await me.get(path)).status).toBe(200);
    } finally {
      env.clock.advance(-11 * 60_000);
    }
  });
});

describe('bookings', () => {
  it('previews the refund under the policy, then cancels and shows it', async () => {
    const me = await customer(env);
    const booking = await apiBook(me, SHOW, ['G1', 'G2']); // 2 × ₹420 = ₹840 in tickets, 32.5 h ahead
    const preview = await me.get(`/bookings/${booking.id}/cancel`);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('You get back <strong>₹630.00</strong> (75% of ₹840.00 in tickets)');
    expect(html).toContain('Cancel at least 24 hours before the show for 75% of the ticket price back.');
    expect(html).toContain('name="_csrf"');
    expect(await apiSeat(env, SHOW, 'G1')).toBe('sold');

    const res = await me.request('POST', `/bookings/${booking.id}/cancel`, { form: {} });
    expect(res.status).toBe(200);
    const done = await res.text();
    expect(done).toContain('Booking cancelled. ₹630.00 is on its way back');
    expect(done).toContain('Cancelled');
    expect(done).toContain('₹630.00 (75% of the tickets)');
    expect(done).not.toContain(`/bookings/${booking.id}/cancel"`);
    expect(await apiSeat(env, SHOW, 'G1')).toBe('available');

    const twice = await me.request('POST', `/bookings/${booking.id}/cancel`, { form: {} });
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain('already cancelled');
  });

  it("lists upcoming and past bookings, with Book again on past ones, and hides others' bookings", async () => {
    const me = await customer(env);
    const past = await apiBook(me, SOON, ['A1']);
    const ahead = await apiBook(me, SHOW, ['G3']);
    env.clock.advance(3 * 3_600_000); // SOON has been and gone
    try {
      const res = await me.get('/bookings');
      expect(res.status).toBe(200);
      const html = await res.text();
      const [upcoming, pastPart] = html.split('id="past-heading"');
      expect(upcoming).toContain(ahead.id);
      expect(upcoming).toContain(`/bookings/${ahead.id}/cancel`);
      expect(upcoming).not.toContain(past.id);
      expect(pastPart).toContain(past.id);
      const movieLink = (await (await env.app.request(`/showtimes/${SOON}`)).text()).match(/href="(\/movies\/[^"]+)"/)![1];
      expect(pastPart).toContain(`href="${movieLink}"`);
      expect(pastPart).toContain('Book again');

      const stranger = await customer(env);
      expect((await stranger.get(`/bookings/${ahead.id}`)).status).toBe(404);
      expect((await stranger.get(`/bookings/${ahead.id}/cancel`)).status).toBe(404);
    } finally {
      env.clock.advance(-3 * 3_600_000);
    }
  });
});

describe('when logged out', () => {
  const visitor = () => new Client(env.app);

  it('shows the map but sends holding, checkout and bookings to the login page', async () => {
    expect((await visitor().get(`/showtimes/${SHOW}`)).status).toBe(200);

    const hold = await visitor().request('POST', `/showtimes/${SHOW}/hold`, { form: { seats: 'A9,A10' } });
    expect(hold.status).toBe(303);
    expect(hold.headers.get('location')).toBe(`/login?next=/showtimes/${SHOW}%3Fseats%3DA9%2CA10`);

    for (const path of ['/bookings', '/bookings/MVM-20261201-AAAAAAAA', '/bookings/MVM-20261201-AAAAAAAA/cancel', '/checkout/some-hold']) {
      const res = await visitor().get(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location'), path).toBe(`/login?next=${path}`);
    }
    const pay = await visitor().request('POST', '/checkout/some-hold/pay', { form: { method: 'upi' } });
    expect(pay.status).toBe(303);
    expect((await visitor().request('POST', '/bookings/x/cancel', { form: {} })).headers.get('location')).toBe('/login?next=/bookings/x/cancel');
  });

  it('ticks the seats picked before logging in', async () => {
    const html = await (await visitor().get(`/showtimes/${SHOW}?seats=A9,A10`)).text();
    expect(isChecked(html, 'A9')).toBe(true);
    expect(isChecked(html, 'A10')).toBe(true);
  });
});

describe('messages about a booking', () => {
  it('shows whether the confirmation went out and sends it again on request', async () => {
    const me = await customer(env);
    const b = await apiBook(me, SHOW, ['F9']);
    const before = await (await me.get(`/bookings/${b.id}`)).text();
    expect(before).toMatch(/Confirmation by email: <strong>Waiting to be sent<\/strong>/);
    // The reminder is due 3 h before the show (a day away): not listed while it waits.
    expect(before).not.toMatch(/Reminder by email/);
    await env.flushOutbox();
    const after = await (await me.get(`/bookings/${b.id}`)).text();
    expect(after).toMatch(/Confirmation by email: <strong>Delivered to the mail service<\/strong>/);

    const token = after.match(/name="_csrf" value="([^"]+)"/)![1];
    const res = await me.request('POST', `/bookings/${b.id}/resend`, { form: { _csrf: token } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/bookings/${b.id}?resent=1`);
    await env.flushOutbox();
    const mails = env.sink.mailbox.list().filter((m) => m.to === me.email && /^Booking/.test(m.subject ?? ''));
    expect(mails.length).toBe(2);
    const stranger = await customer(env);
    const other = await stranger.request('POST', `/bookings/${b.id}/resend`, { form: { _csrf: token } });
    expect(other.status).toBe(404);
  });
});
