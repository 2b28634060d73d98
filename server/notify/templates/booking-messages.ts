import type { Booking } from '../../domain/booking.js';
import { formatInr } from '../../domain/money.js';
import { clockText, showTimeText } from '../../domain/show-time-label.js';
import { renderEmail } from './email-layout.js';
import { noticeWords } from './notice-words.js';

/** What the platform tells a customer about a booking; each kind has an email and an SMS. */
export type NoticeKind =
  | 'booking_confirmed'
  | 'booking_cancelled'
  | 'refund_issued'
  | 'showtime_changed'
  | 'showtime_cancelled'
  | 'show_reminder';

export interface NoticeContext {
  booking: Booking;
  name: string;
  publicUrl: string;
  lang: string;
  /** booking_cancelled, refund_issued, showtime_cancelled. */
  refundMinor?: number;
  /** showtime_changed: the start before the change (the booking carries the new one). */
  previousStartsAt?: string;
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const links = (ctx: NoticeContext) => ({
  tickets: `${ctx.publicUrl}/bookings/${ctx.booking.id}/ticket.pdf`,
  booking: `${ctx.publicUrl}/bookings/${ctx.booking.id}`,
});

export function noticeEmail(kind: NoticeKind, ctx: NoticeContext): EmailContent {
  const w = noticeWords(ctx.lang);
  const b = ctx.booking;
  const when = showTimeText(new Date(b.startsAt), b.timezone, w.locale);
  const time = clockText(new Date(b.startsAt), b.timezone, w.locale);
  const refund = formatInr(ctx.refundMinor ?? 0);
  const details: [string, string][] = [
    [w.movie, b.movieTitle],
    [w.theater, b.theaterName],
    [w.screen, b.screenName],
    [w.showTime, when],
    [w.seats, b.seats.join(', ')],
    [w.amountPaid, formatInr(b.quote.totalMinor)],
    [w.bookingId, b.id],
  ];
  const link = links(ctx);
  const ticketButtons = [
    { label: w.ticketsButton, href: link.tickets },
    { label: w.bookingButton, href: link.booking },
  ];
  const bookingButton = [{ label: w.bookingButton, href: link.booking }];
  const hello = w.hello(ctx.name);

  const [subject, parts] = ((): [string, Parameters<typeof renderEmail>[0]] => {
    switch (kind) {
      case 'booking_confirmed':
        return [w.confirmed.subject(b.id, b.movieTitle, when), { heading: w.confirmed.heading, paragraphs: [hello, w.confirmed.intro(b.id)], details, buttons: ticketButtons, footer: w.footer }];
      case 'booking_cancelled':
        return [
          w.cancelled.subject(b.id),
          {
            heading: w.cancelled.heading,
            paragraphs: [hello, w.cancelled.intro(b.id), (ctx.refundMinor ?? 0) > 0 ? w.cancelled.refundComing(refund) : w.cancelled.noRefund],
            details: [...details, [w.refund, refund]],
            buttons: bookingButton,
            footer: w.footer,
          },
        ];
      case 'refund_issued':
        return [w.refunded.subject(b.id), { heading: w.refunded.heading, paragraphs: [hello, w.refunded.intro(refund, b.id)], details: [...details, [w.refund, refund]], buttons: bookingButton, footer: w.footer }];
      case 'showtime_changed': {
        const from = ctx.previousStartsAt ? showTimeText(new Date(ctx.previousStartsAt), b.timezone, w.locale) : '?';
        return [w.changed.subject(b.id, b.movieTitle), { heading: w.changed.heading, paragraphs: [hello, w.changed.intro(from, when)], details, buttons: ticketButtons, footer: w.footer }];
      }
      case 'showtime_cancelled':
        return [
          w.showCancelled.subject(b.movieTitle),
          { heading: w.showCancelled.heading, paragraphs: [hello, w.showCancelled.intro(b.movieTitle, when), w.showCancelled.refund(refund)], details: [...details, [w.refund, refund]], buttons: bookingButton, footer: w.footer },
        ];
      case 'show_reminder':
        return [w.reminder.subject(b.movieTitle, time), { heading: w.reminder.heading, paragraphs: [hello, w.reminder.intro(b.movieTitle, time)], details, buttons: ticketButtons, footer: w.footer }];
    }
  })();
  return { subject, ...renderEmail({ ...parts, lang: ctx.lang }) };
}

/** One SMS (kept near 160 characters): booking id, what happened, show, seats, link. */
export function noticeSms(kind: NoticeKind, ctx: NoticeContext): string {
  const w = noticeWords(ctx.lang);
  const b = ctx.booking;
  const when = showTimeText(new Date(b.startsAt), b.timezone, w.locale);
  const refund = formatInr(ctx.refundMinor ?? 0);
  const what = {
    booking_confirmed: w.confirmed.sms,
    booking_cancelled: w.cancelled.sms,
    refund_issued: w.refunded.sms(refund),
    showtime_changed: w.changed.sms,
    showtime_cancelled: w.showCancelled.sms(refund),
    show_reminder: w.reminder.sms(clockText(new Date(b.startsAt), b.timezone, w.locale)),
  }[kind];
  const link = kind === 'booking_confirmed' || kind === 'show_reminder' || kind === 'showtime_changed' ? ` ${w.smsTickets}: ${links(ctx).tickets}` : '';
  return `Movie Magic ${b.id} ${what}. ${b.movieTitle}, ${when}, ${b.theaterName} ${b.screenName}, ${w.smsSeats} ${b.seats.join(',')}.${link}`;
}

export function bookingConfirmedMessage(b: Booking, name: string, publicUrl: string): EmailContent {
  return noticeEmail('booking_confirmed', { booking: b, name, publicUrl, lang: 'en' });
}

export function bookingCancelledMessage(b: Booking, name: string, refundMinor: number, publicUrl = ''): EmailContent {
  return noticeEmail('booking_cancelled', { booking: b, name, publicUrl, lang: 'en', refundMinor });
}

export function paymentReturnedMessage(p: { name: string; movieTitle: string; amountMinor: number; lang: string }): EmailContent {
  const w = noticeWords(p.lang);
  const content = renderEmail({ heading: w.returned.heading, paragraphs: [w.hello(p.name), w.returned.intro(formatInr(p.amountMinor), p.movieTitle), w.returned.noCharge], footer: 'Movie Magic', lang: p.lang });
  return { subject: w.returned.subject, ...content };
}
