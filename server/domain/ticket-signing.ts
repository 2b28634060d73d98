import { sign, verify, type KeyObject } from 'node:crypto';

/**
 * Signed ticket payloads (DESIGN: "Money, time, tickets"). A QR code holds one seat's ticket:
 *
 *   MM1.<base64url(JSON claims)>.<base64url(Ed25519 signature)>
 *
 * The signature covers the text before the second dot, exactly as encoded, so a door scanner
 * needs no JSON canonicalization: it checks the bytes it read. The key id travels inside the
 * claims, so keys can rotate while older tickets still verify. Pure: keys are given, no I/O.
 */
export const TICKET_PREFIX = 'MM1';

export interface TicketClaims {
  bookingId: string;
  showtimeId: string;
  seat: string;
  keyId: string;
}

/** The short field names keep the QR code small. */
interface WireClaims {
  b: string;
  s: string;
  t: string;
  k: string;
}

export type TicketCheck =
  | { ok: true; claims: TicketClaims }
  | { ok: false; reason: 'malformed' | 'unknown_key' | 'bad_signature' };

export function signTicket(claims: TicketClaims, privateKey: KeyObject): string {
  const wire: WireClaims = { b: claims.bookingId, s: claims.showtimeId, t: claims.seat, k: claims.keyId };
  const signed = `${TICKET_PREFIX}.${Buffer.from(JSON.stringify(wire), 'utf8').toString('base64url')}`;
  const signature = sign(null, Buffer.from(signed, 'utf8'), privateKey);
  return `${signed}.${signature.toString('base64url')}`;
}

/**
 * Checks a scanned payload against the public keys by key id. Any change to any character fails:
 * base64url is decoded strictly (a text that does not re-encode to itself is refused), because
 * the spare bits of a final base64 character would otherwise let two texts carry one signature.
 */
export function verifyTicket(payload: string, publicKey: (keyId: string) => KeyObject | undefined): TicketCheck {
  const parts = payload.split('.');
  if (parts.length !== 3 || parts[0] !== TICKET_PREFIX) return { ok: false, reason: 'malformed' };
  const body = strictBase64url(parts[1]);
  const signature = strictBase64url(parts[2]);
  if (!body || !signature || signature.length !== 64) return { ok: false, reason: 'malformed' };
  const claims = parseClaims(body);
  if (!claims) return { ok: false, reason: 'malformed' };
  const key = publicKey(claims.keyId);
  if (!key) return { ok: false, reason: 'unknown_key' };
  const valid = verify(null, Buffer.from(`${parts[0]}.${parts[1]}`, 'utf8'), key, signature);
  return valid ? { ok: true, claims } : { ok: false, reason: 'bad_signature' };
}

function strictBase64url(text: string): Buffer | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : null;
}

function parseClaims(bytes: Buffer): TicketClaims | null {
  let wire: unknown;
  try {
    wire = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof wire !== 'object' || wire === null) return null;
  const w = wire as Partial<Record<keyof WireClaims, unknown>>;
  const fields = [w.b, w.s, w.t, w.k];
  if (!fields.every((f): f is string => typeof f === 'string' && f.length > 0 && f.length <= 100)) return null;
  return { bookingId: w.b as string, showtimeId: w.s as string, seat: w.t as string, keyId: w.k as string };
}
