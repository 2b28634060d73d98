import { randomUUID } from 'node:crypto';
import type { Booking } from '../domain/booking.js';
import { toE164 } from '../domain/phone.js';
import type { User } from '../domain/user.js';
import type { Db } from '../store/db.js';
import type { OutboxMessage } from '../store/outbox.js';
import { getUserById } from '../store/users.js';
import { noticeEmail, noticeSms, type NoticeKind } from './templates/booking-messages.js';

/** Where and how a customer hears from us. */
export interface Contact {
  email: string;
  name: string;
  /** E.164, set only when the customer gave a number and opted in to SMS. */
  smsTo: string | null;
  lang: string;
  /** The phone on the profile (SMS or not), so staff can find the customer's bookings by it. */
  phone?: string | null;
}

export async function contactFor(db: Db, userId: string): Promise<Contact | null> {
  const user = await getUserById(db, userId);
  return user ? contactOf(user) : null;
}

/** The contact of an account already read (e.g. with the session). */
export function contactOf(user: Pick<User, 'email' | 'name' | 'phone' | 'smsOptIn' | 'language'>): Contact {
  const smsTo = user.smsOptIn && user.phone ? toE164(user.phone) : null;
  return { email: user.email, name: user.name, smsTo, lang: user.language ?? 'en', phone: user.phone };
}

/**
 * Where a booking's messages go: the customer's account, or for a counter sale to someone
 * without one, the email the box office took (null when they gave none).
 */
export async function bookingContact(db: Db, b: Booking): Promise<Contact | null> {
  const account = await contactFor(db, b.userId);
  if (account) return account;
  return b.walkIn?.email ? { email: b.walkIn.email, name: b.walkIn.name, smsTo: null, lang: 'en', phone: b.walkIn.phone ?? null } : null;
}

export interface NoticeOptions {
  publicUrl: string;
  now: Date;
  refundMinor?: number;
  previousStartsAt?: string;
  dueAt?: Date;
  resendOf?: string;
}

/**
 * The outbox messages for one event of a booking: an email, and an SMS when the customer opted
 * in. The caller puts them in the same transaction as the change they announce.
 */
export function noticeMessages(kind: NoticeKind, booking: Booking, contact: Contact, opts: NoticeOptions): OutboxMessage[] {
  // Every message about a booking speaks the language it was booked in.
  const lang = booking.lang ?? contact.lang;
  const ctx = { booking, name: contact.name, publicUrl: opts.publicUrl, lang, refundMinor: opts.refundMinor, previousStartsAt: opts.previousStartsAt };
  const common = {
    kind,
    lang,
    bookingId: booking.id,
    createdAt: opts.now.toISOString(),
    ...(opts.dueAt ? { dueAt: opts.dueAt.toISOString() } : {}),
    ...(kind === 'show_reminder' ? { showStartsAt: booking.startsAt } : {}),
    ...(opts.resendOf ? { resendOf: opts.resendOf } : {}),
  };
  const messages: OutboxMessage[] = [{ id: randomUUID(), channel: 'email', to: contact.email, ...noticeEmail(kind, ctx), ...common }];
  if (contact.smsTo) {
    messages.push({ id: randomUUID(), channel: 'sms', to: contact.smsTo, subject: '', text: noticeSms(kind, ctx), ...common });
  }
  return messages;
}

/** Reminders `hours` before the show; none when that moment is already (nearly) past. */
export function reminderMessages(booking: Booking, contact: Contact, opts: { publicUrl: string; now: Date; hours: number }): OutboxMessage[] {
  if (opts.hours <= 0) return [];
  const dueAt = new Date(new Date(booking.startsAt).getTime() - opts.hours * 3600_000);
  if (dueAt.getTime() < opts.now.getTime() + 15 * 60_000) return [];
  return noticeMessages('show_reminder', booking, contact, { publicUrl: opts.publicUrl, now: opts.now, dueAt });
}
