import type { Booking } from '../../domain/booking.js';
import { escapeHtml } from '../../domain/escape-html.js';
import { formatInr } from '../../domain/money.js';
import { dateLabel, localDate, timeLabel } from '../../domain/theater-time.js';

function when(b: Booking): string {
  const start = new Date(b.startsAt);
  return `${dateLabel(localDate(start, b.timezone))}, ${timeLabel(start, b.timezone)}`;
}

export function bookingConfirmedMessage(b: Booking, name: string, publicUrl: string) {
  const link = `${publicUrl}/bookings/${b.id}`;
  const lines = [
    `Hello ${name},`,
    '',
    `Your booking ${b.id} is confirmed.`,
    `${b.movieTitle} — ${b.theaterName}, ${b.screenName}`,
    `${when(b)} (theater time)`,
    `Seats: ${b.seats.join(', ')}`,
    `Paid: ${formatInr(b.quote.totalMinor)}`,
    '',
    `Your tickets: ${link}`,
  ];
  return {
    subject: `Booking ${b.id}: ${b.movieTitle}, ${when(b)}`,
    text: lines.join('\n'),
    html: lines.map((l) => (l ? `<p>${escapeHtml(l)}</p>` : '')).join(''),
  };
}

export function bookingCancelledMessage(b: Booking, name: string, refundMinor: number) {
  const lines = [
    `Hello ${name},`,
    '',
    `Your booking ${b.id} for ${b.movieTitle} (${when(b)}) is cancelled.`,
    refundMinor > 0 ? `${formatInr(refundMinor)} is being refunded to your original payment method.` : 'Under the theater’s cancellation policy, no refund is due.',
  ];
  return { subject: `Booking ${b.id} cancelled`, text: lines.join('\n'), html: lines.map((l) => (l ? `<p>${escapeHtml(l)}</p>` : '')).join('') };
}

export function paymentReturnedMessage(p: { name: string; movieTitle: string; amountMinor: number }) {
  const lines = [
    `Hello ${p.name},`,
    '',
    `Your payment of ${formatInr(p.amountMinor)} for ${p.movieTitle} finished after your seat hold had expired, so we could not book the seats.`,
    'The payment has been cancelled and the money returned to you. You have not been charged.',
  ];
  return { subject: 'Your payment was returned', text: lines.join('\n'), html: lines.map((l) => (l ? `<p>${escapeHtml(l)}</p>` : '')).join('') };
}
