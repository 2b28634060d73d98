import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyTicket } from '../../server/domain/ticket-signing.js';
import { customer, withDemoData } from '../helpers/customers.js';
import type { Client } from '../helpers/http.js';
import { qrPayloads, readPdf } from '../helpers/pdf-inspect.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

// The test clock starts at 2026-12-01 12:00 IST; this show is the prototype's 7×10 screen.
const SHOW = 'charminar-cinemas-1-20261202-2030';

let env: TestEnv;
let keys: Map<string, KeyObject>;
beforeAll(async () => {
  env = await createTestEnv({ rateLimits: 'off' });
  await withDemoData(env);
  // Fetched the way a door scanner would, before going offline.
  const jwks = (await (await env.app.request('/api/v1/tickets/keys')).json()) as { keys: (JsonWebKey & { kid: string })[] };
  keys = new Map(jwks.keys.map((k) => [k.kid, createPublicKey({ key: k, format: 'jwk' })]));
});
afterAll(() => env.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies

async function book(c: Client, seats: string[]): Promise<Json> {
  const hold = (await (await c.post('/api/v1/holds', { showtimeId: SHOW, seats })).json()) as Json;
  const res = await c.post('/api/v1/bookings', { holdId: hold.hold.id, payment: { method: 'upi' } });
  expect(res.status).toBe(201);
  return ((await res.json()) as Json).booking;
}

const check = (payload: string) => verifyTicket(payload, (id) => keys.get(id));

describe('ticket PDF', () => {
  it('is one A4 PDF per order with the booking details and a QR code per seat that verifies', async () => {
    const c = await customer(env);
    const seats = ['A1', 'A2', 'A3', 'A4', 'A5'];
    const b = await book(c, seats);
    const res = await c.get(`/api/v1/bookings/${b.id}/ticket.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="${b.id}.pdf"`);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);

    const { pages, text, fonts } = await readPdf(pdf);
    expect(pages).toBe(2);
    const all = text.join('\n');
    for (const expected of [b.movieTitle, 'Charminar Cinemas', 'Screen 1', b.id, 'A1, A2, A3, A4, A5 (5)', '₹1,628.00', 'Wed, 2 Dec, 2026, 8:30 pm IST']) {
      expect(all).toContain(expected);
    }
    expect(fonts.some((f) => f.endsWith('+NotoSans-Regular'))).toBe(true);
    expect(fonts.some((f) => f.endsWith('+NotoSans-Bold'))).toBe(true);
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2 \d+ 0 R/);

    const payloads = qrPayloads(pdf);
    expect(payloads).toHaveLength(5);
    const claims = payloads.map((p) => {
      const result = check(p ?? '');
      if (!result.ok) throw new Error(`QR did not verify: ${result.reason} (${p})`);
      return result.claims;
    });
    expect(claims.map((cl) => cl.seat)).toEqual(seats);
    for (const cl of claims) expect(cl).toMatchObject({ bookingId: b.id, showtimeId: SHOW });

    // A scanner that reads one byte wrong (or a forger who edits one) is refused.
    const original = payloads[0] ?? '';
    for (let i = 0; i < original.length; i++) {
      const bytes = Buffer.from(original);
      bytes[i] = bytes[i] === 0x41 ? 0x42 : 0x41;
      expect(check(bytes.toString()).ok).toBe(false);
    }
  });

  it('fits 10 seats on two pages, each QR code decodable', async () => {
    const c = await customer(env);
    const seats = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10'];
    const b = await book(c, seats);
    const pdf = Buffer.from(await (await c.get(`/api/v1/bookings/${b.id}/ticket.pdf`)).arrayBuffer());
    expect((await readPdf(pdf)).pages).toBe(2);
    const decoded = qrPayloads(pdf).map((p) => check(p ?? ''));
    expect(decoded.map((d) => (d.ok ? d.claims.seat : d.reason))).toEqual(seats);
  });

  it('is only for the owner, and not for a cancelled booking', async () => {
    const owner = await customer(env);
    const b = await book(owner, ['B7']);
    const stranger = await customer(env);
    expect((await stranger.get(`/api/v1/bookings/${b.id}/ticket.pdf`)).status).toBe(404);
    expect((await env.app.request(`/api/v1/bookings/${b.id}/ticket.pdf`)).status).toBe(401);
    expect((await owner.get('/api/v1/bookings/MVM-20261201-NOSUCHID/ticket.pdf')).status).toBe(404);
    expect((await owner.post(`/api/v1/bookings/${b.id}/cancel`)).status).toBe(200);
    const gone = await owner.get(`/api/v1/bookings/${b.id}/ticket.pdf`);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as Json).error.message).toMatch(/cancelled/);
  });

  it('downloads from the booking pages as a file, and sends a signed-out visitor to log in', async () => {
    const c = await customer(env);
    const b = await book(c, ['B9']);
    const res = await c.get(`/bookings/${b.id}/ticket.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${b.id}.pdf"`);
    expect(qrPayloads(Buffer.from(await res.arrayBuffer())).map((p) => check(p ?? '').ok)).toEqual([true]);
    const anon = await env.app.request(`/bookings/${b.id}/ticket.pdf`);
    expect(anon.status).toBe(303);
    expect(anon.headers.get('location')).toBe(`/login?next=${encodeURIComponent(`/bookings/${b.id}/ticket.pdf`)}`);
  });
});
