/**
 * Booking ids (API.md): `MVM-` + the booking's date on the theater's calendar + `-` + 8 random
 * characters from 0-9A-Z, e.g. `MVM-20261201-7K2Q9XAB`. 36^8 ≈ 2.8 × 10^12 ids per day; the store
 * still writes the booking with `attribute_not_exists`, so a collision fails loudly, never merges.
 */
import { randomInt } from 'node:crypto';
import { localDate } from './theater-time.js';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const RANDOM_LENGTH = 8;
const BOOKING_ID = /^MVM-(\d{4})(\d{2})(\d{2})-[0-9A-Z]{8}$/;

/** `n` characters from 0-9A-Z, from the operating system's CSPRNG. */
export function randomBookingChars(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

export function newBookingId(now: Date, timeZone: string, random: (n: number) => string = randomBookingChars): string {
  const id = `MVM-${localDate(now, timeZone).replaceAll('-', '')}-${random(RANDOM_LENGTH)}`;
  if (!isBookingId(id)) throw new RangeError(`Made a malformed booking id "${id}"; random(8) must give 8 characters from 0-9A-Z.`);
  return id;
}

/** True for a well-formed booking id whose date exists on the calendar. */
export function isBookingId(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = BOOKING_ID.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
