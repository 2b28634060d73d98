import type { Booking } from '../domain/booking.js';
import { DEFAULT_CANCELLATION_POLICY } from '../domain/catalog.js';
import { REFUND_REASON_MESSAGES, refundFor, type Refund } from '../domain/cancellation-policy.js';
import { AppError } from '../domain/errors.js';
import { contactFor, noticeMessages, type Contact } from '../notify/booking-notices.js';
import { cancelBookingTx, getBooking, markRefunded } from '../store/bookings.js';
import { addSeatsSold } from '../store/show-counters.js';
import { getTheater } from '../store/theaters.js';
import { cachedShowtime } from './catalog-cache.js';
import type { BookingDeps, Customer } from './deps.js';
import { cancellationRecorded } from './sales-facts.js';
import { seatsChanged } from './seat-state-cache.js';
import { afterBookingCancelled } from './after-cancel.js';
import { seatsBackWork } from './waitlist-work.js';

async function ownBooking(deps: BookingDeps, userId: string, id: string): Promise<Booking> {
  const b = await getBooking(deps.db, id);
  if (!b || b.userId !== userId) throw new AppError('not_found', 'We could not find that booking.');
  return b;
}

/** What cancelling now would refund, shown to the customer before they confirm. */
export async function cancellationQuote(deps: BookingDeps, userId: string, id: string): Promise<{ booking: Booking; refund: Refund }> {
  const booking = await ownBooking(deps, userId, id);
  const theater = await getTheater(deps.db, booking.theaterId);
  const refund = refundFor(booking.quote, theater?.cancellationPolicy ?? DEFAULT_CANCELLATION_POLICY, new Date(booking.startsAt), deps.clock());
  return { booking, refund };
}

/**
 * Cancels under the theater's policy: the booking and its seats change in one transaction (the
 * seats are free again at once), then the refund goes back through the gateway.
 */
export async function cancelBooking(deps: BookingDeps, customer: Customer, id: string): Promise<Booking> {
  const { booking, refund } = await cancellationQuote(deps, customer.id, id);
  if (booking.status !== 'confirmed') throw new AppError('not_cancellable', 'This booking is already cancelled.');
  if (!refund.cancellable) {
    throw new AppError('not_cancellable', refund.reason ? REFUND_REASON_MESSAGES[refund.reason] : undefined);
  }
  const now = deps.clock();
  const record = { amountMinor: refund.refundMinor, percent: refund.refundPercent, status: 'pending' as const, at: now.toISOString() };
  // The waitlist's check runs beside the contact read: no added round trip.
  const [contact, work] = await Promise.all([
    contactFor(deps.db, customer.id),
    seatsBackWork(deps.db, booking.showtimeId, `cancel-${booking.id}`, booking.seats.length, now),
  ]);
  const to: Contact = contact ?? { email: customer.email, name: customer.name, smsTo: null, lang: 'en' };
  const notice = { publicUrl: deps.publicUrl, now, refundMinor: refund.refundMinor };
  const ok = await cancelBookingTx(deps.db, booking, record, { now, messages: noticeMessages('booking_cancelled', booking, to, notice), work });
  if (!ok) throw new AppError('not_cancellable', 'This booking was changed a moment ago. Reload to see it.');
  seatsChanged(deps.db, booking.showtimeId);
  await addSeatsSold(deps.db, booking.showtimeId, -booking.seats.length).catch(() => undefined);
  const show = await cachedShowtime(deps.db, booking.showtimeId);
  if (show) await cancellationRecorded(deps.db, deps.log, booking, show, refund.refundMinor);
  deps.messagesWaiting();
  await afterBookingCancelled(deps, booking);

  const { refundId } = await deps.gateway.refund(booking.payment.reference, refund.refundMinor, `cancel-${booking.id}`);
  const paymentStatus = refund.refundMinor === 0 ? booking.payment.status : refund.refundMinor >= booking.quote.totalMinor ? 'refunded' : 'partially_refunded';
  const refunded = refund.refundMinor > 0 ? noticeMessages('refund_issued', booking, to, { ...notice, now: deps.clock() }) : [];
  await markRefunded(deps.db, booking.id, refundId, paymentStatus, refunded);
  if (refunded.length) deps.messagesWaiting();
  return (await getBooking(deps.db, booking.id)) ?? booking;
}

export async function getCustomerBooking(deps: BookingDeps, userId: string, id: string): Promise<Booking> {
  return ownBooking(deps, userId, id);
}
