import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customer, withDemoData } from '../helpers/customers.js';
import { Client } from '../helpers/http.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01 12:00 IST; demo shows run 10:00, 13:30, 17:00, 20:30 daily.
const SHOW = 'charminar-cinemas-1-20261202-2030'; // the prototype's 7×10 screen, rows A–E regular ₹320, F–G premium ₹420
const QUIET_SHOW = 'charminar-cinemas-1-20261203-1700'; // only the polling test touches it
const STREAM_SHOW = 'charminar-cinemas-1-20261204-1000'; // only the server-sent-events test touches it
const SOON = 'charminar-cinemas-1-20261201-1330'; // starts 90 minutes after the clock
const HALL = 'hitech-screens-1-20261202-2030'; // the 1,200-seat Grand Hall

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
});
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies

/** The <label> of one seat on a rendered page. */
function seatHtml(html: string, id: string): string {
  const m = html.match(new RegExp(`<label id="s${id}"[^>]*>.*?</label>`));
  if (!m) throw new Error(`seat ${id} is not on the page`);
  return m[0];
}
const isChecked = (html: string, id: string) => /\schecked(=""|\s|\/|>)/.test(seatHtml(html, id));
const isDisabled = (html: string, id: string) => /\sdisabled(=""|\s|\/|>)/.test(seatHtml(html, id));

async function apiHold(c: Client, showtimeId: string, seats: string[]): Promise<Json> {
  const res = await c.post('/api/v1/holds', { showtimeId, seats });
  expect(res.status).toBe(201);
  return (await res.json()) as Json;
}

async function apiBook(c: Client, showtimeId: string, seats: string[]): Promise<Json> {
  const { hold } = await apiHold(c, showtimeId, seats);
  const res = await c.post('/api/v1/bookings', { holdId: hold.id, payment: { method: 'upi' } }, { 'idempotency-key': `k-${hold.id}` });
  expect(res.status).toBe(201);
  return ((await res.json()) as Json).booking;
}

async function apiSeat(showtimeId: string, seatId: string): Promise<string> {
  const body = (await (await env.app.request(`/api/v1/showtimes/${showtimeId}/seats`)).json()) as Json;
  return body.seats.find((s: Json) => s.id === seatId).status;
}

async function holdByForm(c: Client, showtimeId: string, seats: string[]) {
  return c.request('POST', `/showtimes/${showtimeId}/hold`, { form: { seats: seats.join(',') } });
}

/** Holds seats through the map form and returns the checkout path it redirects to. */
async function checkoutPath(c: Client, showtimeId: string, seats: string[]): Promise<string> {
  const res = await holdByForm(c, showtimeId, seats);
  expect(res.status).toBe(303);
  const location = res.headers.get('location') ?? '';
  expect(location).toMatch(/^\/checkout\/[\w-]+$/);
  return location;
}

const hiddenKey = (html: string) => html.match(/name="idempotencyKey" value="([^"]+)"/)?.[1];

describe('seat map page', () => {
  it("shows all 70 seats of the 7×10 screen with other people's holds and sales", async () => {
    const other = await customer(env);
    const buyer = await customer(env);
    await apiHold(other, SHOW, ['A1', 'A2']);
    await apiBook(buyer, SHOW, ['B1']);

    const res = await env.app.request(`/showtimes/${SHOW}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/<input type="checkbox" name="seats"/g)).toHaveLength(70);
    expect(html).toContain('Charminar Cinemas');
    expect(html).toContain('Wed, 2 Dec, 8:30 pm IST');
    expect(html).toContain('Screen this way');
    expect(html).toMatch(/Regular <strong>₹320<\/strong>/);
    expect(html).toMatch(/Premium <strong>₹420<\/strong>/);
    for (const state of ['Available', 'Selected', 'Held', 'Sold', 'Blocked', 'Wheelchair']) expect(html).toContain(`</span>${state}</li>`);

    expect(seatHtml(html, 'A1')).toContain('aria-label="A1, row A seat 1, regular, ₹320, held"');
    expect(seatHtml(html, 'A1')).toContain('class="s r h"');
    expect(isDisabled(html, 'A1')).toBe(true);
    expect(seatHtml(html, 'B1')).toContain('class="s r x"');
    expect(seatHtml(html, 'B1')).toContain('sold"');
    expect(isDisabled(html, 'B1')).toBe(true);
    expect(seatHtml(html, 'A3')).toContain('aria-label="A3, row A seat 3, regular, ₹320, available"');
    expect(isDisabled(html, 'A3')).toBe(false);
    expect(seatHtml(html, 'G10')).toContain('aria-label="G10, row G seat 10, premium, ₹420, available"');

    // The aisle after seat 5 is an empty cell, so columns line up row by row.
    expect(html).toMatch(/id="sA5"[^]*?<\/label><i><\/i><label id="sA6"/);
    // Live updates: a server-sent-events stream by default, a poller on request.
    expect(html).toContain('sse-connect="/showtimes/charminar-cinemas-1-20261202-2030/seat-events?since=2026-12-01T06%3A30%3A00.000Z"');
    expect(html).toContain('<script src="/static/htmx-sse.js"');
    const polled = await (await env.app.request(`/showtimes/${SHOW}?live=poll`)).text();
    expect(polled).toContain('hx-trigger="every 1500ms"');
    expect(polled).toMatch(/hx-get="\/showtimes\/charminar-cinemas-1-20261202-2030\/seat-updates\?since=2026-12-01T06%3A30%3A00.000Z"/);
    expect(polled).not.toContain('sse-connect');
    expect(html).toContain('name="_csrf"');
    expect(html).not.toMatch(/style=/);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
  });

  it('keeps a 1,200-seat hall small', async () => {
    const res = await env.app.request(`/showtimes/${HALL}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const gz = Buffer.from(await res.arrayBuffer());
    const html = await (await env.app.request(`/showtimes/${HALL}`)).text();
    expect(html.match(/<input type="checkbox" name="seats"/g)).toHaveLength(1200);
    expect(html).toContain('wheelchair, ₹');
    expect(html).not.toContain('<svg');
    console.log(`1,200-seat map: ${Buffer.byteLength(html)} bytes, ${gz.length} gzipped`);
    expect(Buffer.byteLength(html) / 1200).toBeLessThan(160);
    expect(gz.length).toBeLessThan(30_000);
    expect(gzipSync(html).length).toBeLessThan(30_000);
  });

  it('answers 404 for an unknown show', async () => {
    expect((await env.app.request('/showtimes/no-such-show')).status).toBe(404);
  });

  it('says when online sales have closed, with nothing to submit and nothing live', async () => {
    env.clock.advance(2 * 3_600_000); // SOON started 30 minutes ago
    try {
      const html = await (await env.app.request(`/showtimes/${SOON}`)).text();
      expect(html).toContain('This show has already started, so online sales are closed.');
      expect(html).toMatch(/<button type="submit" class="button button-primary" disabled="">Continue<\/button>/);
      expect(html).not.toContain('sse-connect');
      expect(html).not.toContain('seat-updates');
    } finally {
      env.clock.advance(-2 * 3_600_000);
    }
  });
});

describe('holding seats from the map', () => {
  it('redirects to checkout', async () => {
    const me = await customer(env);
    const location = await checkoutPath(me, SHOW, ['C1', 'C2']);
    expect(await apiSeat(SHOW, 'C1')).toBe('held');
    expect((await me.get(location)).status).toBe(200);
  });

  it('names the seats just taken and keeps the other picks ticked', async () => {
    const other = await customer(env);
    await apiHold(other, SHOW, ['D5']);
    const me = await customer(env);
    const res = await holdByForm(me, SHOW, ['D4', 'D5', 'D6']);
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain('Seat D5 was just taken — pick another.');
    expect(isChecked(html, 'D4')).toBe(true);
    expect(isChecked(html, 'D6')).toBe(true);
    expect(isChecked(html, 'D5')).toBe(false);
    expect(isDisabled(html, 'D5')).toBe(true);
    expect(await apiSeat(SHOW, 'D4')).toBe('available');
  });

  it('asks an unverified customer to verify first, keeping the picks', async () => {
    const me = await customer(env, { verified: false });
    const res = await holdByForm(me, SHOW, ['D8']);
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('Please verify your email address before booking seats.');
    expect(html).toContain('href="/verify-email"');
    expect(isChecked(html, 'D8')).toBe(true);
  });

  it('refuses more than 10 seats or none with a sentence', async () => {
    const me = await customer(env);
    const many = ['A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10', 'B2', 'B3', 'B4'];
    const res = await holdByForm(me, SHOW, many);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('You can pick at most 10 seats at a time.');
    const none = await holdByForm(me, SHOW, []);
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Pick at least one seat.');
  });
});

describe('live seat updates', () => {
  it("sends only the seats another customer changed, then frees an expired hold by the clock", async () => {
    const page = await (await env.app.request(`/showtimes/${QUIET_SHOW}?live=poll`)).text();
    const since = decodeURIComponent(page.match(/seat-updates\?since=([^"]+)"/)![1]);

    const quiet = await (await env.app.request(`/showtimes/${QUIET_SHOW}/seat-updates?since=${encodeURIComponent(since)}`)).text();
    expect(quiet).not.toContain('hx-swap-oob');
    expect(quiet).toContain('id="seat-poll"');

    const other = await customer(env);
    await apiHold(other, QUIET_SHOW, ['E1', 'E2']);
    const res = await env.app.request(`/showtimes/${QUIET_SHOW}/seat-updates?since=${encodeURIComponent(since)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html.match(/hx-swap-oob="true"/g)).toHaveLength(2);
    expect(seatHtml(html, 'E1')).toContain('class="s r h"');
    expect(isDisabled(html, 'E2')).toBe(true);
    expect(html).toMatch(/<div id="seat-poll" hidden="" hx-get="[^"]+since=2026-12-01T06%3A30%3A00.000Z" hx-trigger="every 1500ms" hx-swap="outerHTML">/);

    const beforeExpiry = env.clock.now().toISOString();
    env.clock.advance(11 * 60_000);
    try {
      const later = await (await env.app.request(`/showtimes/${QUIET_SHOW}/seat-updates?since=${encodeURIComponent(beforeExpiry)}`)).text();
      expect(later.match(/hx-swap-oob="true"/g)).toHaveLength(2);
      expect(seatHtml(later, 'E1')).toContain('available"');
      expect(isDisabled(later, 'E1')).toBe(false);
    } finally {
      env.clock.advance(-11 * 60_000);
    }
  });

  it('streams the seats another customer holds as server-sent events, each once', async () => {
    const res = await env.app.request(`/showtimes/${STREAM_SHOW}/seat-events?since=${encodeURIComponent(env.clock.now().toISOString())}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const readUntil = async (done: (t: string) => boolean) => {
      const deadline = Date.now() + 5000;
      while (!done(text) && Date.now() < deadline) {
        const { value, done: ended } = await reader.read();
        if (ended) break;
        text += decoder.decode(value);
      }
    };
    try {
      await readUntil((t) => t.includes('retry: 500'));
      const other = await customer(env);
      await apiHold(other, STREAM_SHOW, ['C3', 'C4']);
      await readUntil((t) => t.includes('event: seats'));
      const event = text.slice(text.indexOf('event: seats'));
      expect(event).toMatch(/^event: seats\ndata: <label id="sC3" class="s r h" hx-swap-oob="true">/);
      expect(event.match(/hx-swap-oob="true"/g)).toHaveLength(2);
      // The next ticks still see C3 and C4 inside their overlap window, but they were sent already.
      const before = text.length;
      await new Promise((r) => setTimeout(r, 2200));
      // A third person (a second hold by `other` would replace theirs and free C3 and C4).
      await apiHold(await customer(env), STREAM_SHOW, ['C5']);
      await readUntil((t) => t.length > before && t.slice(before).includes('event: seats'));
      const next = text.slice(before);
      expect(next).toContain('id="sC5"');
      expect(next).not.toContain('id="sC3"');
    } finally {
      await reader.cancel();
    }
  });

  it('refuses a since that is not a time', async () => {
    expect((await env.app.request(`/showtimes/${SHOW}/seat-updates?since=yesterday`)).status).toBe(400);
    expect((await env.app.request(`/showtimes/${SHOW}/seat-events?since=yesterday`)).status).toBe(400);
  });
});

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
    expect(await apiSeat(SHOW, 'F1')).toBe('held');
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
    expect(await apiSeat(SHOW, 'F2')).toBe('sold');
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
    expect(await apiSeat(SHOW, 'F4')).toBe('held');

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
    expect(await apiSeat(SHOW, 'F6')).toBe('available');
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
    expect(await apiSeat(SHOW, 'G1')).toBe('sold');

    const res = await me.request('POST', `/bookings/${booking.id}/cancel`, { form: {} });
    expect(res.status).toBe(200);
    const done = await res.text();
    expect(done).toContain('Booking cancelled. ₹630.00 is on its way back');
    expect(done).toContain('Cancelled');
    expect(done).toContain('₹630.00 (75% of the tickets)');
    expect(done).not.toContain(`/bookings/${booking.id}/cancel"`);
    expect(await apiSeat(SHOW, 'G1')).toBe('available');

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
