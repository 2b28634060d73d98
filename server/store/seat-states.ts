import type { Db } from './db.js';
import { querySeatItems, type SeatItem } from './seats.js';

/** Every changed seat of a show with who has it (booking, hold, kiosk lease): for staff reports and show changes. */
export function listSeatStates(db: Db, showtimeId: string): Promise<Pick<SeatItem, 'seatId' | 'status' | 'holdExpiresAt' | 'bookingId' | 'kioskId' | 'leaseId'>[]> {
  return querySeatItems(db, showtimeId, ['seatId', 'status', 'holdExpiresAt', 'bookingId', 'kioskId', 'leaseId'], true);
}
