import { cachedShowtime } from '../../server/booking/catalog-cache.js';
import type { Booking } from '../../server/domain/booking.js';
import { DEFAULT_CANCELLATION_POLICY } from '../../server/domain/catalog.js';
import { REFUND_REASON_MESSAGES, refundFor, type Refund } from '../../server/domain/cancellation-policy.js';
import { AppError } from '../../server/domain/errors.js';
import { getShowtime } from '../../server/store/catalog.js';
import { getTheater } from '../../server/store/theaters.js';
import type { AdminDeps } from '../deps.js';
import { cancelWithRefund, refundRest } from './staff-refunds.js';

type Who = { id: string; email: string; name: string };

/** What cancelling under the theater's policy would refund now (shown beside the button). */
export async function policyRefund(deps: AdminDeps, b: Booking): Promise<Refund> {
  const theater = await getTheater(deps.db, b.theaterId);
  return refundFor(b.quote, theater?.cancellationPolicy ?? DEFAULT_CANCELLATION_POLICY, new Date(b.startsAt), deps.clock());
}

async function showOf(deps: AdminDeps, b: Booking) {
  const show = (await cachedShowtime(deps.db, b.showtimeId)) ?? (await getShowtime(deps.db, b.showtimeId));
  if (!show) throw new AppError('not_found', 'The show of this booking is gone.');
  return show;
}

/**
 * Staff cancel a booking: `policy` refunds what the customer would get cancelling themselves
 * (and, like them, not once the show has started); `full` waives the policy and returns
 * everything paid, fee included.
 */
export async function staffCancel(deps: AdminDeps, who: Who, b: Booking, mode: 'policy' | 'full'): Promise<Booking> {
  const show = await showOf(deps, b);
  if (mode === 'full') {
    return cancelWithRefund(deps, who, b, show, { refundMinor: b.quote.totalMinor, percent: 100, notice: 'booking_cancelled', why: 'full refund, policy waived' });
  }
  const refund = await policyRefund(deps, b);
  if (!refund.cancellable) throw new AppError('not_cancellable', refund.reason ? REFUND_REASON_MESSAGES[refund.reason] : undefined);
  return cancelWithRefund(deps, who, b, show, { refundMinor: refund.refundMinor, percent: refund.refundPercent, notice: 'booking_cancelled', why: `policy, ${refund.refundPercent}%` });
}

export async function staffRefundRest(deps: AdminDeps, who: Who, b: Booking): Promise<Booking> {
  return refundRest(deps, who, b, await showOf(deps, b));
}
