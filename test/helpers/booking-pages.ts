import { expect } from 'vitest';
import type { Client } from './http.js';
import type { TestEnv } from './test-app.js';

// Helpers of the seat-map and booking page tests (test/integration/seat-map-pages.test.ts, booking-pages.test.ts).

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies

/** The <label> of one seat on a rendered page. */
export function seatHtml(html: string, id: string): string {
  const m = html.match(new RegExp(`<label id="s${id}"[^>]*>.*?</label>`));
  if (!m) throw new Error(`seat ${id} is not on the page`);
  return m[0];
}
export const isChecked = (html: string, id: string) => /\schecked(=""|\s|\/|>)/.test(seatHtml(html, id));
export const isDisabled = (html: string, id: string) => /\sdisabled(=""|\s|\/|>)/.test(seatHtml(html, id));

export async function apiHold(c: Client, showtimeId: string, seats: string[]): Promise<Json> {
  const res = await c.post('/api/v1/holds', { showtimeId, seats });
  expect(res.status).toBe(201);
  return (await res.json()) as Json;
}

export async function apiBook(c: Client, showtimeId: string, seats: string[]): Promise<Json> {
  const { hold } = await apiHold(c, showtimeId, seats);
  const res = await c.post('/api/v1/bookings', { holdId: hold.id, payment: { method: 'upi' } }, { 'idempotency-key': `k-${hold.id}` });
  expect(res.status).toBe(201);
  return ((await res.json()) as Json).booking;
}

export async function apiSeat(env: TestEnv, showtimeId: string, seatId: string): Promise<string> {
  const body = (await (await env.app.request(`/api/v1/showtimes/${showtimeId}/seats`)).json()) as Json;
  return body.seats.find((s: Json) => s.id === seatId).status;
}

export async function holdByForm(c: Client, showtimeId: string, seats: string[]) {
  return c.request('POST', `/showtimes/${showtimeId}/hold`, { form: { seats: seats.join(',') } });
}

/** Holds seats through the map form and returns the checkout path it redirects to. */
export async function checkoutPath(c: Client, showtimeId: string, seats: string[]): Promise<string> {
  const res = await holdByForm(c, showtimeId, seats);
  expect(res.status).toBe(303);
  const location = res.headers.get('location') ?? '';
  expect(location).toMatch(/^\/checkout\/[\w-]+$/);
  return location;
}

export const hiddenKey = (html: string) => html.match(/name="idempotencyKey" value="([^"]+)"/)?.[1];
