import { creditScannedBookings } from '../booking/loyalty-points.js';
import { ticketId } from '../domain/kiosk-sale.js';
import type { KioskRecord } from '../store/kiosks.js';
import { doorsForTicket, putScan, putScanFlag } from '../store/scans.js';
import type { KioskSyncDeps } from './deps.js';

export interface ScanUpload {
  bookingId: string;
  seat: string;
  showtimeId: string;
  door: string;
  scannedAt: string;
}

/**
 * Records the check-ins a kiosk's door let in (each ticket once per door, so uploading again
 * changes nothing) and flags any ticket that has now been let in at two doors. Returns the
 * tickets flagged. The bookings with a ticket newly let in earn their loyalty points now (one
 * conditional write per booking, after the scans are stored; a failure is logged and the next
 * read of the customer's points credits them).
 */
export async function uploadScans(deps: KioskSyncDeps, kiosk: KioskRecord, scans: ScanUpload[]): Promise<{ flagged: string[] }> {
  const flagged: string[] = [];
  const letIn: ScanUpload[] = [];
  for (const s of scans) {
    const id = ticketId(s.bookingId, s.seat);
    if (await putScan(deps.db, { ticketId: id, bookingId: s.bookingId, seat: s.seat, showtimeId: s.showtimeId, theaterId: kiosk.theaterId, kioskId: kiosk.id, door: s.door, scannedAt: s.scannedAt })) letIn.push(s);
    const doors = await doorsForTicket(deps.db, id);
    if (doors.length < 2) continue;
    await putScanFlag(deps.db, kiosk.theaterId, {
      ticketId: id,
      bookingId: s.bookingId,
      seat: s.seat,
      showtimeId: s.showtimeId,
      doors: doors.map((d) => ({ kioskId: d.kioskId, door: d.door, scannedAt: d.scannedAt })),
      flaggedAt: deps.clock().toISOString(),
    });
    deps.log('warn', 'ticket let in at two doors', { ticketId: id, doors: doors.map((d) => `${d.kioskId}/${d.door}`) });
    flagged.push(id);
  }
  await creditScannedBookings(deps.db, kiosk.theaterId, letIn, deps.clock(), deps.log);
  return { flagged };
}
