import type { Booking } from '../domain/booking.js';
import type { Showtime } from '../domain/catalog.js';
import type { KioskPaymentMethod, KioskSaleCustomer } from '../domain/kiosk-sale.js';
import type { Quote } from '../domain/pricing.js';
import type { Contact } from '../notify/booking-notices.js';

/** A booking sold at a kiosk: who sold it where, and what the box office was told about the buyer. */
export type KioskBooking = Booking & { kioskId: string; saleId: string; soldBy: string; soldAt: string; customer?: KioskSaleCustomer };

/** The user id kiosk bookings are filed under (their gsi1 list is the kiosk's sales). */
export const kioskUserId = (kioskId: string) => `kiosk-${kioskId}`;

export function kioskBooking(
  show: Showtime,
  s: {
    bookingId: string;
    kioskId: string;
    saleId: string;
    seats: string[];
    quote: Quote;
    method: KioskPaymentMethod;
    soldBy: string;
    soldAt: string;
    customer?: KioskSaleCustomer;
    /** The hold (online) or `lease-<id>` (offline) the seats came from. */
    source: string;
  },
  at: Date,
): KioskBooking {
  const customer = s.customer && Object.values(s.customer).some(Boolean) ? s.customer : undefined;
  return {
    id: s.bookingId,
    userId: kioskUserId(s.kioskId),
    status: 'confirmed',
    channel: 'kiosk',
    showtimeId: show.id,
    movieId: show.movieId,
    movieTitle: show.movieTitle,
    theaterId: show.theaterId,
    theaterName: show.theaterName,
    screenName: show.screenName,
    startsAt: show.startsAt,
    timezone: show.timezone,
    seats: s.seats,
    quote: s.quote,
    payment: { method: s.method, status: 'captured', reference: `kiosk-sale-${s.saleId}` },
    holdId: s.source,
    createdAt: at.toISOString(),
    kioskId: s.kioskId,
    saleId: s.saleId,
    soldBy: s.soldBy,
    soldAt: s.soldAt,
    ...(customer ? { customer } : {}),
  };
}

/** The walk-in's email, when they gave one, gets the confirmation; nobody else is written to. */
export function kioskContact(customer: KioskSaleCustomer | undefined): Contact | null {
  if (!customer?.email) return null;
  return { email: customer.email, name: customer.name || 'there', smsTo: null, lang: 'en' };
}
