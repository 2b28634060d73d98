/**
 * What the server's kiosk API sends and takes (server/routes/api-kiosk.ts), as the kiosk reads it.
 */
import type { Screen, ScreenLayout, Showtime, Theater } from '../../server/domain/catalog.js';
import type { ConflictDetail } from '../../server/domain/kiosk-conflict-detail.js';
import type { KioskSale } from '../../server/domain/kiosk-sale.js';
import type { Quote } from '../../server/domain/pricing.js';
import type { RoleGrant } from '../../server/domain/user.js';

export interface WireSeat {
  seatId: string;
  status: 'available' | 'held' | 'sold' | 'leased';
  holdExpiresAt?: string;
  leaseEndsAt?: string;
  kioskId?: string;
  leaseId?: string;
  bookingId?: string;
}

export interface WireConflict {
  saleId: string;
  kioskId: string;
  bookingId: string;
  status: 'conflict' | 'resolved';
  reason: string;
  detail?: string;
  /** Absent from an older server. */
  conflictDetail?: ConflictDetail;
  resolution?: { action: 'reseat' | 'refund'; seats?: string[]; refundMinor?: number; differenceMinor?: number; note?: string; at: string };
}

export interface Snapshot {
  serverTime: string;
  clockSkewMs: number;
  kiosk: { id: string; name: string; theaterId: string };
  theater: Theater;
  screens: Screen[];
  layouts: ScreenLayout[];
  showtimes: Showtime[];
  seats: Record<string, WireSeat[]>;
  leases: { id: string; kioskId: string; showtimeId: string; seats: string[]; endsAt: string; auto?: true }[];
  staff: { id: string; email: string; name: string; passwordHash: string; roles: RoleGrant[] }[];
  ticketKeys: { kid: string; publicKey: string; revokedAt?: string }[];
  conflicts: WireConflict[];
  voidBookings: string[];
  /** Absent from an older server. */
  cancelledBookings?: string[];
  scanFlags: { ticketId: string; bookingId: string; seat: string; doors: { kioskId: string; door: string; scannedAt: string }[] }[];
}

export interface PushResult {
  /** `conflictDetail` is absent from an older server (its `detail` is English). */
  results: { saleId: string; status: 'applied' | 'conflict' | 'resolved' | 'invalid'; bookingId?: string; reason?: string; detail?: string; conflictDetail?: ConflictDetail }[];
  serverTime: string;
  clockSkewMs: number;
}

export interface OnlineSaleAnswer {
  sale: { id: string; bookingId: string; seats: string[]; quote: Quote; synced: true };
  tickets: { seat: string; payload: string }[];
}

export type SignedSale = KioskSale;
