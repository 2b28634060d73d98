import { listAudit, newAuditEntry, putAudit, type AuditEntry } from '../../server/store/audit.js';
import type { Db } from '../../server/store/db.js';

export type { AuditEntry };

/** An audit entry for a change `who` made at `theaterId` (written by the store in the change's own transaction where it can be). */
export function auditOf(
  who: { id: string; email: string; name: string },
  theaterId: string,
  what: string,
  subject: string,
  change: { before?: string; after?: string },
  now: Date,
): AuditEntry {
  return newAuditEntry({ theaterId, who: { id: who.id, email: who.email, name: who.name }, what, subject, ...change }, now);
}

/** For changes whose write has no transaction to join (a refund through the gateway). */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await putAudit(db, entry);
}

export async function auditTrail(db: Db, theaterId: string, before?: string) {
  return listAudit(db, theaterId, { limit: 50, before });
}

/** What an audit line calls each kind of change. */
export const AUDIT_LABELS: Record<string, string> = {
  'theater.create': 'Theater created',
  'theater.edit': 'Theater settings changed',
  'screen.create': 'Screen created',
  'screen.layout': 'Seat layout changed',
  'showtime.create': 'Shows scheduled',
  'showtime.move': 'Show time changed',
  'showtime.cancel': 'Show cancelled',
  'showtime.prices': 'Prices changed',
  'booking.cancel': 'Booking cancelled',
  'booking.refund': 'Refund issued',
  'booking.counter-sale': 'Counter sale',
  'lease.create': 'Seats leased to a kiosk',
  'lease.return': 'Leased seats taken back',
  'kiosk.register': 'Kiosk registered',
  'kiosk.revoke': 'Kiosk revoked',
  'conflict.resolve': 'Kiosk conflict resolved',
  'staff.invite': 'Staff invited',
  'staff.remove': 'Staff removed',
  'review.hide': 'Review hidden',
  'review.unhide': 'Review shown again',
};
