/**
 * The kiosk's SQLite file: a cache of what the server told it at the last sync, and the kiosk's
 * own records (sales, scans, sessions) that must survive a crash or a power cut. drizzle-kit
 * generates migrations/ from this file; the kiosk applies them at start.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Small facts by name: this kiosk's id, theater, signing key, last sync, clock skew. JSON values. */
export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

// ---- cache, replaced at every sync ----

/** Theater, screens and layouts, by kind and id, as JSON. */
export const catalog = sqliteTable('catalog', {
  kind: text('kind', { enum: ['theater', 'screen', 'layout'] }).notNull(),
  id: text('id').notNull(),
  body: text('body').notNull(),
}, (t) => [primaryKey({ columns: [t.kind, t.id] })]);

export const showtimes = sqliteTable('showtimes', {
  id: text('id').primaryKey(),
  startsAt: text('starts_at').notNull(),
  body: text('body').notNull(),
}, (t) => [index('showtimes_starts_at').on(t.startsAt)]);

/** The server's seat items (only seats that ever changed; no row = available). */
export const seats = sqliteTable('seats', {
  showtimeId: text('showtime_id').notNull(),
  seatId: text('seat_id').notNull(),
  status: text('status', { enum: ['available', 'held', 'sold', 'leased'] }).notNull(),
  holdExpiresAt: text('hold_expires_at'),
  leaseEndsAt: text('lease_ends_at'),
  kioskId: text('kiosk_id'),
  leaseId: text('lease_id'),
  bookingId: text('booking_id'),
}, (t) => [primaryKey({ columns: [t.showtimeId, t.seatId] })]);

/** This kiosk's active leases as the server last listed them. */
export const leases = sqliteTable('leases', {
  id: text('id').primaryKey(),
  showtimeId: text('showtime_id').notNull(),
  seats: text('seats').notNull(),
  endsAt: text('ends_at').notNull(),
  /** `returning`: staff asked to give it back; the next sync does. */
  status: text('status', { enum: ['active', 'returning'] }).notNull(),
  /** Made by the theater's auto-lease rule: given back at `endsAt`, never renewed by the kiosk itself. */
  auto: integer('auto', { mode: 'boolean' }).notNull().default(false),
});

/** People who may sign in here, with argon2id hashes (offline sign-in). */
export const staff = sqliteTable('staff', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').notNull(),
});

/** Public keys the door accepts (server ticket keys and this theater's kiosks), base64 SPKI DER. */
export const ticketKeys = sqliteTable('ticket_keys', {
  kid: text('kid').primaryKey(),
  publicKey: text('public_key').notNull(),
  /** A revoked kiosk's key: its tickets open the door only for sales the server applied. */
  revokedAt: text('revoked_at'),
});

/**
 * Bookings whose tickets must not open the door (kiosk sales never applied or refunded; bookings
 * cancelled online); tickets let in at two doors (server flags).
 */
export const doorNotices = sqliteTable('door_notices', {
  kind: text('kind', { enum: ['void_booking', 'cancelled_booking', 'flag'] }).notNull(),
  id: text('id').notNull(),
  body: text('body').notNull(),
}, (t) => [primaryKey({ columns: [t.kind, t.id] })]);

// ---- the kiosk's own records ----

/**
 * Every sale made here. `lease` sales are made and signed here (offline or not) and pushed at
 * sync; `online` sales are recorded before the server is asked, so a crash mid-way retries the
 * same sale id.
 */
export const sales = sqliteTable('sales', {
  id: text('id').primaryKey(),
  mode: text('mode', { enum: ['lease', 'online'] }).notNull(),
  showtimeId: text('showtime_id').notNull(),
  leaseId: text('lease_id'),
  seats: text('seats').notNull(),
  bookingId: text('booking_id'),
  quote: text('quote').notNull(),
  method: text('method', { enum: ['cash', 'card', 'upi'] }).notNull(),
  customer: text('customer'),
  soldAt: text('sold_at').notNull(),
  soldBy: text('sold_by').notNull(),
  /** The signed sale as pushed (lease sales). */
  signed: text('signed'),
  /** QR payloads per seat, JSON. */
  tickets: text('tickets'),
  /** pending → synced | conflict (→ resolved); online: sending → synced | failed. */
  status: text('status', { enum: ['pending', 'sending', 'synced', 'conflict', 'resolved', 'failed'] }).notNull(),
  reason: text('reason'),
  /** From an older server: the detail as an English sentence. */
  detail: text('detail'),
  /** The detail as the server's code and facts (JSON `ConflictDetail`), said in the page language. */
  detailCode: text('detail_code'),
  resolution: text('resolution'),
  attempts: integer('attempts').notNull().default(0),
  syncedAt: text('synced_at'),
}, (t) => [index('sales_status').on(t.status, t.soldAt)]);

/** One row per seat a sale here took: the kiosk itself can never record two sales of one seat. */
export const saleSeats = sqliteTable('sale_seats', {
  showtimeId: text('showtime_id').notNull(),
  seatId: text('seat_id').notNull(),
  saleId: text('sale_id').notNull(),
}, (t) => [primaryKey({ columns: [t.showtimeId, t.seatId] })]);

/** Door check-ins. A ticket is let in once per door (the partial unique index). */
export const scans = sqliteTable('scans', {
  id: text('id').primaryKey(),
  ticketId: text('ticket_id').notNull(),
  bookingId: text('booking_id'),
  seat: text('seat'),
  showtimeId: text('showtime_id'),
  door: text('door').notNull(),
  scannedAt: text('scanned_at').notNull(),
  admitted: integer('admitted', { mode: 'boolean' }).notNull(),
  reason: text('reason'),
  synced: integer('synced', { mode: 'boolean' }).notNull().default(false),
}, (t) => [
  uniqueIndex('scans_one_entry_per_door').on(t.ticketId, t.door).where(sql`admitted = 1`),
  index('scans_unsynced').on(t.synced),
]);

/** Staff sessions at this kiosk: only the SHA-256 of the cookie's token. */
export const sessions = sqliteTable('sessions', {
  id: text('id').primaryKey(),
  staffId: text('staff_id').notNull(),
  expiresAt: text('expires_at').notNull(),
});
