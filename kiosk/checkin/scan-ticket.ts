import { createHash, createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import { ticketId } from '../../server/domain/kiosk-sale.js';
import { verifyTicket } from '../../server/domain/ticket-signing.js';
import { cachedSeatItem, cachedShowtime, cachedTicketKeys, isCancelledBooking, isVoidBooking, revokedKeyIds } from '../db/cache-read.js';
import type { KioskDb } from '../db/open-db.js';
import { doorNotices, sales, scans } from '../db/schema.js';
import type { DoorRefusal } from '../../views/kiosk/kiosk-view-types.js';

export interface ScanResult {
  admitted: boolean;
  /** For the big line on the screen (English; pages say it from `reason` in their language). */
  headline: string;
  detail: string;
  /** Why a scan was refused: the code the scan record keeps. */
  reason?: DoorRefusal;
  /** Refused as already let in: when this door let the ticket in. */
  firstAt?: string;
  /** Let in, and also let in at this other door… */
  alsoAt?: string;
  /** …or at another door the server told us about. */
  alsoElsewhere?: boolean;
  seat?: string;
  bookingId?: string;
  movieTitle?: string;
  startsAt?: string;
  timezone?: string;
  /** Let in here, but the ticket was also let in at another door. */
  warning?: string;
}

const keyMemo = new Map<string, KeyObject>();
function keyFor(db: KioskDb): (kid: string) => KeyObject | undefined {
  const keys = new Map(cachedTicketKeys(db).map((k) => [k.kid, k.publicKey]));
  return (kid) => {
    const der = keys.get(kid);
    if (!der) return undefined;
    let key = keyMemo.get(der);
    if (!key) {
      key = createPublicKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'spki' });
      keyMemo.set(der, key);
    }
    return key;
  };
}

const REFUSALS: Record<DoorRefusal, readonly [string, string]> = {
  malformed: ['Not a ticket', 'This code is not a Movie Magic ticket.'],
  unknown_key: ['Unknown ticket', 'This ticket was signed with a key this door does not know. Sync, then scan again.'],
  bad_signature: ['Forged ticket', 'The signature does not match: the ticket was changed or made up.'],
  other_show: ['Not for this theater', 'This ticket is for a show this door does not have (another theater, or long over).'],
  void: ['Ticket void', 'This booking was never completed or was refunded. Send the customer to the box office.'],
  cancelled: ['Cancelled', 'This booking was cancelled (online, by the theater, or with its show). Send the customer to the box office.'],
  revoked_kiosk: [
    'Sale not confirmed',
    'This ticket was printed by a kiosk that has since been revoked, and the server never took its sale. Send the customer to the box office.',
  ],
  resold: ['Seat belongs to someone else', 'This seat is sold to another booking. Send the customer to the box office.'],
  already_in: ['Already let in', 'This ticket was already let in at this door.'],
};

/**
 * Checks a scanned QR code with no link needed: the signature against the cached keys, the show,
 * the seat against the cached seat map, and this door's own record. A ticket is let in once per
 * door; every scan, let in or not, is recorded and synced.
 */
export function scanTicket(db: KioskDb, input: { payload: string; door: string }, now: Date): ScanResult {
  const payload = input.payload.trim();
  const check = verifyTicket(payload, keyFor(db));
  const refuse = (why: DoorRefusal, extra: Partial<ScanResult> = {}, id?: string): ScanResult => {
    db.insert(scans)
      .values({
        id: randomUUID(),
        ticketId: id ?? `unreadable:${createHash('sha256').update(payload).digest('hex').slice(0, 16)}`,
        bookingId: extra.bookingId ?? null,
        seat: extra.seat ?? null,
        door: input.door,
        scannedAt: now.toISOString(),
        admitted: false,
        reason: why,
      })
      .run();
    return { admitted: false, headline: REFUSALS[why][0], detail: REFUSALS[why][1], reason: why, ...extra };
  };
  if (!check.ok) return refuse(check.reason);

  const { bookingId, showtimeId, seat } = check.claims;
  const id = ticketId(bookingId, seat);
  const show = cachedShowtime(db, showtimeId);
  const facts = { bookingId, seat, ...(show ? { movieTitle: show.movieTitle, startsAt: show.startsAt, timezone: show.timezone } : {}) };
  if (!show) return refuse('other_show', facts, id);
  if (isCancelledBooking(db, bookingId)) return refuse('cancelled', facts, id);
  if (isVoidBooking(db, bookingId) || soldHereButVoid(db, bookingId)) return refuse('void', facts, id);
  const item = cachedSeatItem(db, showtimeId, seat);
  // A revoked kiosk's sale counts only if the server applied it while the kiosk was trusted: the seat is sold to this booking.
  if (revokedKeyIds(db).has(check.claims.keyId) && !(item?.status === 'sold' && item.bookingId === bookingId)) return refuse('revoked_kiosk', facts, id);
  if (item?.status === 'sold' && item.bookingId && item.bookingId !== bookingId) return refuse('resold', facts, id);

  try {
    db.insert(scans)
      .values({ id: randomUUID(), ticketId: id, bookingId, seat, showtimeId, door: input.door, scannedAt: now.toISOString(), admitted: true })
      .run();
  } catch (err) {
    if (!(err as { code?: string })?.code?.startsWith('SQLITE_CONSTRAINT')) throw err;
    const first = db.select().from(scans).where(and(eq(scans.ticketId, id), eq(scans.door, input.door), eq(scans.admitted, true))).get();
    return {
      ...refuse('already_in', facts, id),
      ...(first
        ? {
            detail: `This ticket was already let in at this door at ${new Date(first.scannedAt).toLocaleTimeString('en-IN', { timeZone: show.timezone, hour: '2-digit', minute: '2-digit' })}.`,
            firstAt: first.scannedAt,
          }
        : {}),
    };
  }
  const elsewhere = db.select().from(scans).where(and(eq(scans.ticketId, id), ne(scans.door, input.door), eq(scans.admitted, true))).get();
  const flagged = db.select().from(doorNotices).where(and(eq(doorNotices.kind, 'flag'), eq(doorNotices.id, id))).get();
  return {
    admitted: true,
    headline: 'Welcome',
    detail: `Seat ${seat}`,
    ...facts,
    ...(elsewhere
      ? { warning: `Also let in at ${elsewhere.door}.`, alsoAt: elsewhere.door }
      : flagged
        ? { warning: 'This ticket was also let in at another door.', alsoElsewhere: true }
        : {}),
  };
}

/** A sale made at this kiosk that the server refused (and staff did not reseat). */
function soldHereButVoid(db: KioskDb, bookingId: string): boolean {
  const sale = db.select().from(sales).where(eq(sales.bookingId, bookingId)).get();
  if (!sale) return false;
  if (sale.status === 'conflict' || sale.status === 'failed') return true;
  return sale.status === 'resolved' && (JSON.parse(sale.resolution ?? '{}') as { action?: string }).action === 'refund';
}
