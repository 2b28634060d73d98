import type { Db } from './db.js';
import { querySeatItems, type SeatItem } from './seats.js';

export type KioskSeatState = Pick<SeatItem, 'seatId' | 'status' | 'holdExpiresAt' | 'leaseEndsAt' | 'kioskId' | 'leaseId' | 'bookingId' | 'updatedAt'>;

const KIOSK_FIELDS = ['seatId', 'status', 'holdExpiresAt', 'leaseEndsAt', 'kioskId', 'leaseId', 'bookingId', 'updatedAt'] as const;

/** A show's changed seats with what a kiosk needs: its leases, and which booking has each sold seat (for the door). */
export function listSeatsForKiosk(db: Db, showtimeId: string): Promise<KioskSeatState[]> {
  return querySeatItems(db, showtimeId, KIOSK_FIELDS, false);
}
