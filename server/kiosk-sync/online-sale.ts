import { AppError } from '../domain/errors.js';
import { validateSeatSelection } from '../domain/hold-rules.js';
import type { KioskPaymentMethod, KioskSaleCustomer } from '../domain/kiosk-sale.js';
import { newBookingId } from '../domain/booking-id.js';
import { quote } from '../domain/pricing.js';
import { salesState } from '../domain/sales-window.js';
import { seatsTakenMessage } from '../domain/seats-taken-message.js';
import { signTicket } from '../domain/ticket-signing.js';
import { noticeMessages } from '../notify/booking-notices.js';
import { cachedShowtime } from '../booking/catalog-cache.js';
import { layoutSeats } from '../booking/layouts.js';
import { salesClosedError } from '../booking/place-hold.js';
import { seatsChanged } from '../booking/seat-state-cache.js';
import { confirmBooking, getBooking } from '../store/bookings.js';
import { getHold, placeHold, type HoldRecord } from '../store/holds.js';
import { getSaleRecord, putSaleRecord } from '../store/kiosk-sales.js';
import type { KioskRecord } from '../store/kiosks.js';
import { saleRecorded } from '../booking/sales-facts.js';
import { addSeatsSold } from '../store/show-counters.js';
import type { Booking } from '../domain/booking.js';
import type { KioskSyncDeps } from './deps.js';
import { kioskBooking, kioskContact, kioskUserId } from './kiosk-booking.js';

/** Long enough for the booking step that follows at once; a crash in between frees the seats soon. */
const KIOSK_HOLD_MS = 2 * 60_000;

export interface OnlineSaleInput {
  saleId: string;
  showtimeId: string;
  seats: string[];
  payment: { method: KioskPaymentMethod };
  customer?: KioskSaleCustomer;
  soldBy: string;
}

export interface OnlineSaleResult {
  booking: Booking;
  /** One signed QR payload per seat, by the server's current ticket key. */
  tickets: { seat: string; payload: string }[];
}

/**
 * A kiosk sale while the link is up: any free seat, through the same two steps as a customer's
 * booking (rule 1 hold, then the rule 2 transaction to sold), at the box-office price (no
 * convenience fee), the money taken at the counter. Idempotent by sale id: a retry after a lost
 * answer or a crash returns the same booking.
 */
export async function sellOnline(deps: KioskSyncDeps, kiosk: KioskRecord, input: OnlineSaleInput): Promise<OnlineSaleResult> {
  const done = await previousResult(deps, input.saleId);
  if (done) return done;

  const now = deps.clock();
  const show = await cachedShowtime(deps.db, input.showtimeId);
  if (!show || show.theaterId !== kiosk.theaterId) throw new AppError('not_found', 'We could not find that show at this kiosk’s theater.');
  const state = salesState(show, now, 'kiosk');
  if (!state.open) throw salesClosedError(state.reason);

  const holdId = `ks-${input.saleId}`;
  let hold = await getHold(deps.db, holdId);
  if (!hold || hold.status !== 'active' || Date.parse(hold.expiresAt) < now.getTime()) {
    if (hold) throw new AppError('hold_expired', 'This sale was started earlier and did not finish; start a new sale.');
    const chosen = validateSeatSelection(input.seats, await layoutSeats(deps.db, show.screenId, show.layoutVersion));
    hold = {
      id: holdId,
      userId: kioskUserId(kiosk.id),
      showtimeId: show.id,
      seats: chosen.map((s) => s.id),
      quote: quote({ seats: chosen.map((s) => ({ id: s.id, type: s.type })), prices: show.prices, convenienceFeeBps: 0 }),
      expiresAt: new Date(now.getTime() + KIOSK_HOLD_MS).toISOString(),
      createdAt: now.toISOString(),
      status: 'active',
    } satisfies HoldRecord;
    const held = await placeHold(deps.db, hold, now);
    seatsChanged(deps.db, show.id);
    if (!held.ok) throw new AppError('seats_unavailable', seatsTakenMessage(held.takenSeats), { seats: held.takenSeats });
  }

  const at = deps.clock();
  const booking = kioskBooking(
    show,
    {
      bookingId: newBookingId(at, show.timezone),
      kioskId: kiosk.id,
      saleId: input.saleId,
      seats: hold.seats,
      quote: hold.quote,
      method: input.payment.method,
      soldBy: input.soldBy,
      soldAt: at.toISOString(),
      customer: input.customer,
      source: hold.id,
    },
    at,
  );
  const contact = kioskContact(input.customer);
  const messages = contact ? noticeMessages('booking_confirmed', booking, contact, { publicUrl: deps.publicUrl, now: at }) : [];
  booking.notificationIds = messages.map((m) => m.id);
  const confirmed = await confirmBooking(deps.db, booking, { now: at, messages });
  seatsChanged(deps.db, show.id);
  if (!confirmed) {
    const again = await previousResult(deps, input.saleId);
    if (again) return again;
    throw new AppError('hold_expired', 'The seats were lost before the sale finished. Nothing was sold; try again.');
  }
  await putSaleRecord(deps.db, {
    saleId: input.saleId,
    kioskId: kiosk.id,
    theaterId: kiosk.theaterId,
    showtimeId: show.id,
    seats: booking.seats,
    bookingId: booking.id,
    mode: 'online',
    status: 'applied',
    createdAt: at.toISOString(),
  });
  await addSeatsSold(deps.db, show.id, booking.seats.length).catch((err: unknown) =>
    deps.log('warn', 'seatsSold counter not updated', { showtimeId: show.id, error: (err as Error).message }),
  );
  await saleRecorded(deps.db, deps.log, booking, show, { email: input.customer?.email, phone: input.customer?.phone });
  if (messages.length) deps.messagesWaiting();
  return { booking, tickets: ticketsFor(deps, booking) };
}

/** The booking a sale id already made: from its sale record, or from its hold when the record was not written yet. */
async function previousResult(deps: KioskSyncDeps, saleId: string): Promise<OnlineSaleResult | null> {
  const record = await getSaleRecord(deps.db, saleId);
  const bookingId = record?.bookingId ?? (await getHold(deps.db, `ks-${saleId}`))?.bookingId;
  if (!bookingId) return null;
  const booking = await getBooking(deps.db, bookingId);
  return booking ? { booking, tickets: ticketsFor(deps, booking) } : null;
}

function ticketsFor(deps: KioskSyncDeps, b: Booking): OnlineSaleResult['tickets'] {
  const ring = deps.ticketKeys;
  return b.seats.map((seat) => ({ seat, payload: signTicket({ keyId: ring.currentKeyId, bookingId: b.id, showtimeId: b.showtimeId, seat }, ring.privateKey) }));
}
