import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Screen, ScreenLayout, Showtime, Theater } from '../../server/domain/catalog.js';
import { expandLayout, type Seat } from '../../server/domain/seat-layout.js';
import type { RoleGrant } from '../../server/domain/user.js';
import type { KioskDb } from './open-db.js';
import { catalog, doorNotices, leases, sales, seats, showtimes, staff, ticketKeys } from './schema.js';

/** Reads of the cache and of the kiosk's own records, for pages, sales and the door. */
export function cachedTheater(db: KioskDb): Theater | null {
  const row = db.select().from(catalog).where(and(eq(catalog.kind, 'theater'))).get();
  return row ? (JSON.parse(row.body) as Theater) : null;
}

export function cachedScreens(db: KioskDb): Screen[] {
  return db.select().from(catalog).where(eq(catalog.kind, 'screen')).all().map((r) => JSON.parse(r.body) as Screen);
}

const layoutMemo = new Map<string, Seat[]>();
/** A layout version never changes once written, so its expanded seats are kept in memory. */
export function cachedLayoutSeats(db: KioskDb, screenId: string, version: number): Seat[] | null {
  const id = `${screenId}#${version}`;
  const hit = layoutMemo.get(id);
  if (hit) return hit;
  const row = db.select().from(catalog).where(and(eq(catalog.kind, 'layout'), eq(catalog.id, id))).get();
  if (!row) return null;
  const seatsOf = expandLayout((JSON.parse(row.body) as ScreenLayout).spec);
  layoutMemo.set(id, seatsOf);
  return seatsOf;
}

export function cachedShowtimes(db: KioskDb): Showtime[] {
  return db.select().from(showtimes).orderBy(asc(showtimes.startsAt)).all().map((r) => JSON.parse(r.body) as Showtime);
}

export function cachedShowtime(db: KioskDb, id: string): Showtime | null {
  const row = db.select().from(showtimes).where(eq(showtimes.id, id)).get();
  return row ? (JSON.parse(row.body) as Showtime) : null;
}

/** The server's item for one seat at the last sync (null: it never changed, so it was available). */
export function cachedSeatItem(db: KioskDb, showtimeId: string, seatId: string) {
  return db.select().from(seats).where(and(eq(seats.showtimeId, showtimeId), eq(seats.seatId, seatId))).get() ?? null;
}

export interface CachedLease {
  id: string;
  showtimeId: string;
  seats: string[];
  endsAt: string;
  status: 'active' | 'returning';
  auto: boolean;
}

export function cachedLeases(db: KioskDb, showtimeId?: string): CachedLease[] {
  const rows = showtimeId ? db.select().from(leases).where(eq(leases.showtimeId, showtimeId)).all() : db.select().from(leases).all();
  return rows.map((r) => ({ ...r, seats: JSON.parse(r.seats) as string[] }));
}

export interface CachedStaff {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
  roles: RoleGrant[];
}

export function staffByEmail(db: KioskDb, email: string): CachedStaff | null {
  const row = db.select().from(staff).where(eq(staff.email, email.trim().toLowerCase())).get();
  return row ? { ...row, roles: JSON.parse(row.roles) as RoleGrant[] } : null;
}

export function staffById(db: KioskDb, id: string): CachedStaff | null {
  const row = db.select().from(staff).where(eq(staff.id, id)).get();
  return row ? { ...row, roles: JSON.parse(row.roles) as RoleGrant[] } : null;
}

export function cachedTicketKeys(db: KioskDb): { kid: string; publicKey: string; revokedAt: string | null }[] {
  return db.select().from(ticketKeys).all();
}

/** Keys of kiosks revoked since they signed: their tickets need the server's word (the seat sold to the booking). */
export function revokedKeyIds(db: KioskDb): Set<string> {
  return new Set(db.select({ kid: ticketKeys.kid }).from(ticketKeys).where(isNotNull(ticketKeys.revokedAt)).all().map((k) => k.kid));
}

/** A booking cancelled on the server (online, by staff or with its show), as of the last sync. */
export function isCancelledBooking(db: KioskDb, bookingId: string): boolean {
  return Boolean(db.select().from(doorNotices).where(and(eq(doorNotices.kind, 'cancelled_booking'), eq(doorNotices.id, bookingId))).get());
}

export function isVoidBooking(db: KioskDb, bookingId: string): boolean {
  return Boolean(db.select().from(doorNotices).where(and(eq(doorNotices.kind, 'void_booking'), eq(doorNotices.id, bookingId))).get());
}

/** Sales not yet applied on the server (API.md `pendingSales`). */
export function pendingSales(db: KioskDb) {
  return db.select().from(sales).where(inArray(sales.status, ['pending', 'sending'])).orderBy(asc(sales.soldAt)).all();
}

export function conflictSales(db: KioskDb) {
  return db.select().from(sales).where(inArray(sales.status, ['conflict', 'resolved', 'failed'])).orderBy(asc(sales.soldAt)).all();
}

export function saleById(db: KioskDb, id: string) {
  return db.select().from(sales).where(eq(sales.id, id)).get() ?? null;
}
