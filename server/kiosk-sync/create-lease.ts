import { randomBookingChars } from '../domain/booking-id.js';
import { AppError } from '../domain/errors.js';
import { leaseEnd, validateLeaseSeats } from '../domain/lease-rules.js';
import { kioskSalesCloseAt, salesState } from '../domain/sales-window.js';
import { seatsTakenMessage } from '../domain/seats-taken-message.js';
import { cachedShowtime } from '../booking/catalog-cache.js';
import { layoutSeats } from '../booking/layouts.js';
import { seatsChanged } from '../booking/seat-state-cache.js';
import { createLease as createLeaseItems, type LeaseRecord } from '../store/leases.js';
import type { KioskRecord } from '../store/kiosks.js';
import type { KioskSyncDeps } from './deps.js';


export interface LeaseView {
  id: string;
  kioskId: string;
  showtimeId: string;
  seats: string[];
  endsAt: string;
  /** Made by the theater's auto-lease rule: the kiosk gives its unsold seats back at `endsAt`. */
  auto?: true;
}

export const leaseView = (l: LeaseRecord): LeaseView => ({ id: l.id, kioskId: l.kioskId, showtimeId: l.showtimeId, seats: l.seats, endsAt: l.endsAt, ...(l.auto ? { auto: true as const } : {}) });

/**
 * DESIGN rule 3: leases free seats of a show to a kiosk of the show's theater, all or none; 409
 * `seats_unavailable` names the seats that were not free. The caller has checked `lease.manage`.
 */
export async function createLease(
  deps: KioskSyncDeps,
  kiosk: KioskRecord,
  input: { showtimeId: string; seats: string[]; endsAt?: string },
  by: string,
): Promise<LeaseView> {
  if (kiosk.revokedAt) throw new AppError('invalid_request', 'This kiosk has been revoked, so it cannot take a lease.', { formHint: { code: 'kioskRevoked' } });
  const now = deps.clock();
  const show = await cachedShowtime(deps.db, input.showtimeId);
  if (!show || show.theaterId !== kiosk.theaterId) throw new AppError('not_found', 'We could not find that show at this kiosk’s theater.');
  const state = salesState(show, now, 'kiosk');
  if (!state.open) throw new AppError('sales_closed', 'This show is no longer on sale, so its seats cannot be leased.', { reason: state.reason });
  const seats = validateLeaseSeats(input.seats, await layoutSeats(deps.db, show.screenId, show.layoutVersion));
  const endsAt = leaseEnd({ requested: input.endsAt, now, kioskSalesCloseAt: kioskSalesCloseAt(show) });
  const lease: LeaseRecord = {
    id: randomBookingChars(12),
    kioskId: kiosk.id,
    theaterId: kiosk.theaterId,
    showtimeId: show.id,
    seats,
    endsAt,
    status: 'active',
    createdAt: now.toISOString(),
    createdBy: by,
  };
  const result = await createLeaseItems(deps.db, lease, now);
  seatsChanged(deps.db, show.id);
  if (!result.ok) throw new AppError('seats_unavailable', seatsTakenMessage(result.takenSeats), { seats: result.takenSeats });
  return leaseView(lease);
}
