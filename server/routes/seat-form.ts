import type { Context } from 'hono';
import { AppError } from '../domain/errors.js';

const SEAT_ID = /^[A-Z]{1,2}\d{1,3}$/;

/** The seats ticked on the map form (a checkbox per seat, all named `seats`; `A1,A2` also reads as two), each once. */
export async function readSeatForm(c: Context): Promise<string[]> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded') && !type.includes('multipart/form-data')) {
    throw new AppError('unsupported_media_type');
  }
  const body = await c.req.parseBody({ all: true });
  const raw = body.seats;
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  // The map, its list alternative and a wheelchair pair's button may name the same seat: once is enough.
  return [...new Set(values.flatMap((v) => (typeof v === 'string' ? v.split(',') : [])).map((v) => v.trim()).filter(Boolean))];
}

/** `?seats=A1,A2` on the map's URL: seats to show ticked (after logging in, say). Junk is dropped. */
export function seatsFromQuery(value: string | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((v) => v.trim()))].filter((v) => SEAT_ID.test(v)).slice(0, 10);
}
