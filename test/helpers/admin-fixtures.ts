import { randomUUID } from 'node:crypto';
import type { Client } from './http.js';

/** A customer's booking through the real API: hold the seats, then pay. */
export async function bookSeats(c: Client, showtimeId: string, seats: string[], method = 'upi'): Promise<{ id: string; quote: { totalMinor: number; ticketsMinor: number }; status: string }> {
  const hold = await c.post('/api/v1/holds', { showtimeId, seats });
  if (hold.status !== 201) throw new Error(`hold failed: ${hold.status} ${await hold.text()}`);
  const { hold: h } = (await hold.json()) as { hold: { id: string } };
  const res = await c.post('/api/v1/bookings', { holdId: h.id, payment: { method } }, { 'idempotency-key': randomUUID() });
  if (res.status !== 201) throw new Error(`booking failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { booking: { id: string; quote: { totalMinor: number; ticketsMinor: number }; status: string } }).booking;
}

/** The editor form for these rows (labels A, B, C… filled in by the server). */
export function layoutForm(theaterId: string, rows: string[], extra: Record<string, string> = {}): Record<string, string> {
  const form: Record<string, string> = { theaterId, rowCount: String(rows.length), action: 'save', ...extra };
  rows.forEach((cells, i) => {
    form[`label_${i}`] = '';
    form[`cells_${i}`] = cells;
  });
  return form;
}
