import {
  createLease,
  findConflict,
  findKiosk,
  findLease,
  finishLease,
  kioskSyncDeps,
  listConflicts,
  listKiosksForTheater,
  registerKiosk,
  resolveConflict,
  revokeKiosk,
  type KioskSyncDeps,
} from '../../server/kiosk-sync/index.js';
import { fieldsError } from '../../server/domain/field-hints.js';
import { formatInr } from '../../server/domain/money.js';
import type { AdminDeps } from '../deps.js';
import { auditOf, recordAudit } from './audit-log.js';

/**
 * The panel's side of the kiosks, on top of the kiosk services (server/kiosk-sync): every change
 * also goes to the theater's audit log. The routes check `kiosk.manage`, `lease.manage` or
 * `conflict.resolve` at the theater before calling these.
 */
type Who = { id: string; email: string; name: string };

export function kioskDeps(deps: AdminDeps): KioskSyncDeps {
  return kioskSyncDeps({
    db: deps.db,
    clock: deps.clock,
    config: { publicUrl: deps.booking.publicUrl },
    messagesWaiting: deps.booking.messagesWaiting,
    log: deps.log,
    ticketKeys: deps.ticketKeys,
  });
}

export async function kioskOverview(deps: AdminDeps, theaterId: string) {
  const k = kioskDeps(deps);
  const [kiosks, conflicts] = await Promise.all([listKiosksForTheater(k, theaterId), listConflicts(k, theaterId)]);
  return { kiosks, conflicts };
}

export async function addKiosk(deps: AdminDeps, who: Who, theaterId: string, name: string) {
  const clean = name.trim();
  if (!clean || clean.length > 60) throw fieldsError('Give the kiosk a name of up to 60 characters.', { name: ['Up to 60 characters.', clean ? { code: 'maxChars', max: 60 } : { code: 'required' }] });
  const result = await registerKiosk(kioskDeps(deps), { theaterId, name: clean }, who.id);
  await recordAudit(deps.db, auditOf(who, theaterId, 'kiosk.register', result.kiosk.id, { after: clean }, deps.clock()));
  return result;
}

export async function kioskOf(deps: AdminDeps, id: string) {
  return findKiosk(kioskDeps(deps), id);
}

export async function retireKiosk(deps: AdminDeps, who: Who, id: string): Promise<void> {
  const kiosk = await findKiosk(kioskDeps(deps), id);
  await revokeKiosk(kioskDeps(deps), kiosk.id);
  await recordAudit(deps.db, auditOf(who, kiosk.theaterId, 'kiosk.revoke', kiosk.id, { before: kiosk.name, after: 'revoked; its leased seats are back on sale', afterNote: { kind: 'kioskRevoked' } }, deps.clock()));
}

export async function leaseSeats(deps: AdminDeps, who: Who, kioskId: string, input: { showtimeId: string; seats: string[]; endsAt?: string }) {
  const kiosk = await findKiosk(kioskDeps(deps), kioskId);
  const lease = await createLease(kioskDeps(deps), kiosk, input, who.id);
  await recordAudit(deps.db, auditOf(who, kiosk.theaterId, 'lease.create', lease.id, { after: `${kiosk.name}: ${lease.seats.join(', ')} of ${lease.showtimeId} until ${lease.endsAt}`, afterNote: { kind: 'lease', kiosk: kiosk.name, seats: lease.seats, showtimeId: lease.showtimeId, endsAt: lease.endsAt } }, deps.clock()));
  return lease;
}

export async function leaseOf(deps: AdminDeps, id: string) {
  return findLease(kioskDeps(deps), id);
}

/** Staff take a lease's unsold seats back (the kiosk's sales of it stay sold). */
export async function returnLease(deps: AdminDeps, who: Who, leaseId: string): Promise<string[]> {
  const lease = await findLease(kioskDeps(deps), leaseId);
  const { freed } = await finishLease(kioskDeps(deps), lease, 'revoked');
  await recordAudit(deps.db, auditOf(who, lease.theaterId, 'lease.return', lease.id, { before: lease.seats.join(', '), after: freed.length ? `back on sale: ${freed.join(', ')}` : 'nothing unsold', beforeNote: { kind: 'seats', seats: lease.seats }, afterNote: { kind: 'backOnSale', seats: freed } }, deps.clock()));
  return freed;
}

export async function conflictOf(deps: AdminDeps, saleId: string) {
  return findConflict(kioskDeps(deps), saleId);
}

export async function settleConflict(deps: AdminDeps, who: Who, saleId: string, how: { action: 'reseat'; seats: string[] } | { action: 'refund' }) {
  const record = await findConflict(kioskDeps(deps), saleId);
  const view = await resolveConflict(kioskDeps(deps), record, how, who.id);
  const paid = record.sale ? formatInr(record.sale.quote.totalMinor) : 'unknown amount';
  await recordAudit(
    deps.db,
    auditOf(who, record.theaterId, 'conflict.resolve', record.bookingId, {
      before: `${record.reason ?? 'conflict'}: ${record.seats.join(', ')}, paid ${paid}`,
      after: how.action === 'refund' ? `refunded ${paid} at the counter` : `reseated to ${how.seats.join(', ')}`,
      beforeNote: { kind: 'conflict', reason: record.reason ?? 'conflict', seats: record.seats, paidMinor: record.sale?.quote.totalMinor },
      afterNote: how.action === 'refund' ? { kind: 'refundedAtCounter', paidMinor: record.sale?.quote.totalMinor } : { kind: 'reseated', seats: how.seats },
    }, deps.clock()),
  );
  return view;
}
