import type { Booking } from '../domain/booking.js';
import { AppError } from '../domain/errors.js';
import { signTicket } from '../domain/ticket-signing.js';
import { getBooking } from '../store/bookings.js';
import type { Db } from '../store/db.js';
import { getTheater } from '../store/theaters.js';
import type { TicketKeyring } from './keys.js';
import { renderTicketPdf } from './ticket-pdf.js';

export interface TicketDeps {
  db: Db;
  keys: TicketKeyring;
}

/** The booking's language; bookings are English until issue 8 lets people choose. */
export function bookingLang(b: Booking): string {
  return 'lang' in b && typeof b.lang === 'string' ? b.lang : 'en';
}

/** One signed QR payload per seat, with the current key. */
export function ticketPayloads(b: Booking, keys: TicketKeyring): { seat: string; payload: string }[] {
  return b.seats.map((seat) => ({
    seat,
    payload: signTicket({ bookingId: b.id, showtimeId: b.showtimeId, seat, keyId: keys.currentKeyId }, keys.privateKey),
  }));
}

/**
 * The order's tickets as one PDF, for its owner only: anyone else (and a cancelled booking,
 * whose tickets no longer admit anyone) gets the same 404 as an unknown id.
 */
export async function ticketPdfForCustomer(deps: TicketDeps, userId: string, bookingId: string): Promise<{ filename: string; pdf: Buffer }> {
  const booking = await getBooking(deps.db, bookingId);
  if (!booking || booking.userId !== userId) throw new AppError('not_found', 'We could not find that booking.');
  return ticketPdfOf(deps, booking);
}

/** The PDF of a booking the caller may see (its customer, or staff of its theater: checked by the caller). */
export async function ticketPdfOf(deps: TicketDeps, booking: Booking): Promise<{ filename: string; pdf: Buffer }> {
  if (booking.status !== 'confirmed') throw new AppError('not_found', 'This booking was cancelled, so it has no tickets.');
  const theater = await getTheater(deps.db, booking.theaterId);
  const pdf = await renderTicketPdf({
    lang: bookingLang(booking),
    bookingId: booking.id,
    movieTitle: booking.movieTitle,
    theaterName: booking.theaterName,
    theaterAddress: theater?.address,
    screenName: booking.screenName,
    startsAt: new Date(booking.startsAt),
    timezone: booking.timezone,
    amountMinor: booking.quote.totalMinor,
    tickets: ticketPayloads(booking, deps.keys),
  });
  return { filename: `${booking.id}.pdf`, pdf };
}
