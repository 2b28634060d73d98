import type { Booking } from '../domain/booking.js';
import { AppError } from '../domain/errors.js';
import { addBookingMessages, getBooking } from '../store/bookings.js';
import type { Db } from '../store/db.js';
import { getMessages, listFailed, requeueFailed, type OutboxRecord } from '../store/outbox.js';
import { bookingContact, noticeMessages } from './booking-notices.js';

export interface NotifyDeps {
  db: Db;
  publicUrl: string;
  clock: () => Date;
  messagesWaiting: () => void;
}

export interface NotificationView {
  id: string;
  kind: string;
  channel: string;
  status: OutboxRecord['status'];
  dueAt: string;
  sentAt?: string;
  attempts: number;
}

const view = (r: OutboxRecord): NotificationView => ({
  id: r.id,
  kind: r.kind,
  channel: r.channel,
  status: r.status,
  dueAt: r.dueAt,
  ...(r.sentAt ? { sentAt: r.sentAt } : {}),
  attempts: r.attempts,
});

/** Each message about the booking and whether it went out: the customer sees their confirmation arrived. */
export async function bookingNotifications(db: Db, b: Booking): Promise<NotificationView[]> {
  return (await getMessages(db, b.notificationIds ?? [])).map(view);
}

/** Customers may ask again once a minute; staff every few seconds (a double click, not a flood). */
const MIN_GAP_MS = { customer: 60_000, staff: 5_000 };

/** Sends the confirmation (email, and SMS if opted in) again, with a fresh ticket link. */
export async function resendConfirmation(deps: NotifyDeps, b: Booking, by: 'customer' | 'staff'): Promise<NotificationView[]> {
  if (b.status !== 'confirmed') throw new AppError('not_confirmed');
  const contact = await bookingContact(deps.db, b);
  if (!contact) throw new AppError('not_found', 'This booking has no email address to send to.');
  const now = deps.clock();
  const original = (await getMessages(deps.db, b.notificationIds ?? [])).find((m) => m.kind === 'booking_confirmed');
  const messages = noticeMessages('booking_confirmed', b, contact, { publicUrl: deps.publicUrl, now, resendOf: original?.id });
  if (!(await addBookingMessages(deps.db, b.id, messages, { now, minGapMs: MIN_GAP_MS[by] }))) {
    throw new AppError('rate_limited', 'The confirmation was sent again a moment ago. Please wait a minute before asking again.');
  }
  deps.messagesWaiting();
  return messages.map((m) => ({ id: m.id, kind: m.kind, channel: m.channel, status: 'pending', dueAt: now.toISOString(), attempts: 0 }));
}

export async function resendForCustomer(deps: NotifyDeps, userId: string, bookingId: string): Promise<NotificationView[]> {
  const b = await getBooking(deps.db, bookingId);
  if (!b || b.userId !== userId) throw new AppError('not_found', 'We could not find that booking.');
  return resendConfirmation(deps, b, 'customer');
}

/** For the admin panel (staff of the booking's theater: the caller checks the role). */
export async function resendForStaff(deps: NotifyDeps, bookingId: string): Promise<NotificationView[]> {
  const b = await getBooking(deps.db, bookingId);
  if (!b) throw new AppError('not_found', 'We could not find that booking.');
  return resendConfirmation(deps, b, 'staff');
}

/** Messages that failed after every retry, newest first, for the admin panel. */
export async function failedMessages(db: Db, opts: { limit?: number; after?: string } = {}) {
  const { messages, next } = await listFailed(db, opts.limit ?? 50, opts.after);
  return {
    messages: messages.map((m) => ({ ...view(m), to: m.to, subject: m.subject, bookingId: m.bookingId, lastError: m.lastError })),
    next,
  };
}

/** Staff retry of one failed message, as it was written. */
export async function retryFailedMessage(deps: NotifyDeps, id: string): Promise<void> {
  if (!(await requeueFailed(deps.db, id, deps.clock()))) throw new AppError('not_found', 'No failed message with that id.');
  deps.messagesWaiting();
}
