import { seatsChanged } from '../../server/booking/seat-state-cache.js';
import { cancellationRecorded, refundRecorded } from '../../server/booking/sales-facts.js';
import type { Booking } from '../../server/domain/booking.js';
import type { Showtime } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { formatInr } from '../../server/domain/money.js';
import { bookingContact, noticeMessages } from '../../server/notify/booking-notices.js';
import { raiseRefund } from '../../server/store/booking-refunds.js';
import { cancelBookingTx, getBooking, markRefunded } from '../../server/store/bookings.js';
import { addSeatsSold } from '../../server/store/show-counters.js';
import type { AdminDeps } from '../deps.js';
import { auditOf, recordAudit } from './audit-log.js';
import { afterBookingCancelled } from '../../server/booking/after-cancel.js';
import { seatsBackWork } from '../../server/booking/waitlist-work.js';

type Who = { id: string; email: string; name: string };

export interface StaffCancel {
  refundMinor: number;
  percent: number;
  /** `showtime_cancelled`: the whole show was called off (the message says so). */
  notice: 'booking_cancelled' | 'showtime_cancelled';
  why: string;
}

/**
 * Staff cancel a booking: the booking and its seats change in one transaction with the
 * customer's message, then the refund goes back through the gateway and is recorded with its
 * own message. The report counters and the audit log follow.
 */
export async function cancelWithRefund(deps: AdminDeps, who: Who, b: Booking, show: Showtime, c: StaffCancel): Promise<Booking> {
  if (b.status !== 'confirmed') throw new AppError('not_cancellable', 'This booking is already cancelled.');
  const { db } = deps;
  const now = deps.clock();
  const contact = await bookingContact(db, b);
  const notice = { publicUrl: deps.booking.publicUrl, now, refundMinor: c.refundMinor };
  const messages = contact ? noticeMessages(c.notice, b, contact, notice) : [];
  const record = { amountMinor: c.refundMinor, percent: c.percent, status: 'pending' as const, at: now.toISOString() };
  const work = await seatsBackWork(db, b.showtimeId, `cancel-${b.id}`, b.seats.length, now);
  if (!(await cancelBookingTx(db, b, record, { now, messages, work }))) {
    throw new AppError('not_cancellable', 'This booking was changed a moment ago. Reload to see it.');
  }
  seatsChanged(db, b.showtimeId);
  await Promise.all([addSeatsSold(db, b.showtimeId, -b.seats.length).catch(() => undefined), cancellationRecorded(db, deps.log, b, show, c.refundMinor)]);
  deps.booking.messagesWaiting();
  await afterBookingCancelled(deps.booking, b);

  const paid = b.payment.status;
  let reference = 'none';
  if (c.refundMinor > 0) reference = (await deps.booking.gateway.refund(b.payment.reference, c.refundMinor, `staff-cancel-${b.id}`)).refundId;
  const status = c.refundMinor === 0 ? paid : c.refundMinor >= b.quote.totalMinor ? 'refunded' : 'partially_refunded';
  const refundNotice = contact && c.refundMinor > 0 && c.notice === 'booking_cancelled' ? noticeMessages('refund_issued', b, contact, { ...notice, now: deps.clock() }) : [];
  await markRefunded(db, b.id, reference, status, refundNotice);
  if (refundNotice.length) deps.booking.messagesWaiting();
  await recordAudit(
    db,
    auditOf(who, b.theaterId, 'booking.cancel', b.id, {
      before: `confirmed, ${b.seats.join(', ')}, paid ${formatInr(b.quote.totalMinor)}`,
      after: `cancelled (${c.why}), refund ${formatInr(c.refundMinor)}`,
      beforeNote: { kind: 'booked', seats: b.seats, paidMinor: b.quote.totalMinor },
      afterNote: { kind: 'cancelled', why: c.notice === 'showtime_cancelled' ? 'show' : c.why.startsWith('policy') ? 'policy' : 'waived', percent: c.percent, refundMinor: c.refundMinor },
    }, now),
  );
  return (await getBooking(db, b.id)) ?? b;
}

/** Returns the rest of a cancelled booking's money (the policy kept some of it). */
export async function refundRest(deps: AdminDeps, who: Who, b: Booking, show: Showtime): Promise<Booking> {
  const already = b.refund?.amountMinor ?? 0;
  if (b.status === 'confirmed') throw new AppError('not_cancellable', 'Cancel the booking first; its refund follows.');
  const rest = b.quote.totalMinor - already;
  if (rest <= 0) throw new AppError('not_cancellable', 'This booking has been refunded in full already.');
  const now = deps.clock();
  const { refundId } = await deps.booking.gateway.refund(b.payment.reference, rest, `staff-refund-${b.id}-${already}`);
  const contact = await bookingContact(deps.db, b);
  const messages = contact ? noticeMessages('refund_issued', b, contact, { publicUrl: deps.booking.publicUrl, now, refundMinor: rest }) : [];
  if (!(await raiseRefund(deps.db, b, b.quote.totalMinor, refundId, now, messages))) {
    throw new AppError('edit_conflict', 'This refund was changed a moment ago. Reload to see it.');
  }
  if (messages.length) deps.booking.messagesWaiting();
  await refundRecorded(deps.db, deps.log, b, show, rest);
  await recordAudit(
    deps.db,
    auditOf(who, b.theaterId, 'booking.refund', b.id, {
      before: `refunded ${formatInr(already)}`,
      after: `refunded ${formatInr(b.quote.totalMinor)} (the rest, ${formatInr(rest)})`,
      beforeNote: { kind: 'refunded', amountMinor: already },
      afterNote: { kind: 'refunded', amountMinor: b.quote.totalMinor, restMinor: rest },
    }, now),
  );
  return (await getBooking(deps.db, b.id)) ?? b;
}
