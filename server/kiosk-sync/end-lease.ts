import { AppError } from '../domain/errors.js';
import { kioskSalesCloseAt } from '../domain/sales-window.js';
import { leaseEnd } from '../domain/lease-rules.js';
import { cachedShowtime } from '../booking/catalog-cache.js';
import { seatsChanged } from '../booking/seat-state-cache.js';
import { endLease, getLease, renewLease as renewLeaseItems, type LeaseRecord } from '../store/leases.js';
import type { KioskSyncDeps } from './deps.js';
import { seatsCameBack } from '../booking/waitlist.js';
import { seatsBackItem } from '../booking/waitlist-work.js';
import { hasWaitingEntries } from '../store/waitlist.js';


export async function findLease(deps: KioskSyncDeps, leaseId: string, kioskId?: string): Promise<LeaseRecord> {
  const lease = await getLease(deps.db, leaseId);
  if (!lease || (kioskId !== undefined && lease.kioskId !== kioskId)) throw new AppError('not_found', 'We could not find that lease.');
  return lease;
}

/**
 * Ends a lease and puts its unsold seats back on sale at once. `returned`: the kiosk (or staff for
 * it) hands them back; `revoked`: staff take them away — sales the kiosk made from them offline
 * and has not synced will become conflicts. Returns the seats freed.
 */
export async function finishLease(deps: KioskSyncDeps, lease: LeaseRecord, how: 'returned' | 'revoked'): Promise<{ freed: string[] }> {
  if (lease.status !== 'active') return { freed: [] };
  const now = deps.clock();
  const waiting = await hasWaitingEntries(deps.db, lease.showtimeId);
  const freeing = `lease-${lease.id}`;
  const freed = await endLease(deps.db, lease, how, now, (count) => (waiting ? [seatsBackItem({ showtimeId: lease.showtimeId, freeing, count }, now)] : []));
  seatsChanged(deps.db, lease.showtimeId);
  await seatsCameBack(deps, lease.showtimeId, freeing, freed.length);
  return { freed };
}

/** Moves an active lease's end (default: when kiosk sales of the show close). */
export async function renewLease(deps: KioskSyncDeps, lease: LeaseRecord, endsAt?: string): Promise<{ endsAt: string; seats: string[] }> {
  if (lease.status !== 'active') throw new AppError('invalid_request', 'This lease has ended; ask for a new one.');
  const show = await cachedShowtime(deps.db, lease.showtimeId);
  if (!show) throw new AppError('not_found', 'We could not find that show.');
  const now = deps.clock();
  const end = leaseEnd({ requested: endsAt, now, kioskSalesCloseAt: kioskSalesCloseAt(show) });
  const seats = await renewLeaseItems(deps.db, lease, end, now);
  seatsChanged(deps.db, lease.showtimeId);
  if (!seats) throw new AppError('invalid_request', 'This lease has ended; ask for a new one.');
  return { endsAt: end, seats };
}
