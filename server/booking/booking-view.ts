import type { Booking } from '../domain/booking.js';
import { isoInZone } from '../domain/theater-time.js';

/** A booking as API.md shows it. */
export function bookingView(b: Booking) {
  return {
    id: b.id,
    status: b.status,
    showtimeId: b.showtimeId,
    movieTitle: b.movieTitle,
    theaterName: b.theaterName,
    screenName: b.screenName,
    startsAt: isoInZone(new Date(b.startsAt), b.timezone),
    timezone: b.timezone,
    seats: b.seats,
    quote: b.quote,
    payment: { method: b.payment.method, status: b.payment.status, reference: b.payment.reference },
    ...(b.refund ? { refund: b.refund } : {}),
    createdAt: isoInZone(new Date(b.createdAt), b.timezone),
  };
}
