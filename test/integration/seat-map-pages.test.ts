import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBook, apiHold, apiSeat, checkoutPath, holdByForm, isChecked, isDisabled, seatHtml } from '../helpers/booking-pages.js';
import { customer, withDemoData } from '../helpers/customers.js';
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
    expect(await apiSeat(env, SHOW, 'C1')).toBe('held');
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
    expect(await apiSeat(env, SHOW, 'D4')).toBe('available');
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
