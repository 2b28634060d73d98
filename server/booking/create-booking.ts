import { createHash, randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Booking, PaymentMethod, SalesChannelName } from '../domain/booking.js';
import { newBookingId } from '../domain/booking-id.js';
import { AppError, type ErrorCode } from '../domain/errors.js';
import { salesState } from '../domain/sales-window.js';
import { contactFor, noticeMessages, reminderMessages, type Contact } from '../notify/booking-notices.js';
import { paymentReturnedMessage } from '../notify/templates/booking-messages.js';
import { confirmBookingWith, getBooking, setPaymentStatus } from '../store/bookings.js';
import { redeemItems } from '../store/loyalty.js';
import { pointsOffer } from './loyalty-points.js';
import { getHold, type HoldRecord } from '../store/holds.js';
import { markPaymentStarted } from '../store/payment-markers.js';
import { claimIdempotencyKey, finishWithError, getIdempotency, takeOverStale, type IdemRecord } from '../store/idempotency.js';
import { outboxPut } from '../store/outbox.js';
import { addSeatsSold } from '../store/show-counters.js';
import { cachedShowtime } from './catalog-cache.js';
import type { BookingDeps, Customer } from './deps.js';
import { salesClosedError } from './place-hold.js';
import { saleRecorded } from './sales-facts.js';
import { seatsChanged } from './seat-state-cache.js';
import { holdClosed } from './closed-holds.js';

export interface CreateBookingInput {
  holdId: string;
  payment: { method: PaymentMethod | 'cash'; token?: string };
  /** Spend the customer's loyalty points on the tickets; the server decides how many (domain/loyalty.ts). */
  usePoints?: boolean;
}

/** A sale made by staff at the counter: its channel, who to tell (null: nobody), the walk-in's details. */
export interface SaleOptions {
  channel?: Exclude<SalesChannelName, 'kiosk'>;
  contact?: Contact | null;
  walkIn?: Booking['walkIn'];
}

const STALE_MS = 30_000;

/** What to answer: a booking (first time or replayed) or a refusal, with its status. */
export type BookingOutcome = { status: 201; booking: Booking };

function requestHash(input: CreateBookingInput): string {
  return createHash('sha256').update(JSON.stringify([input.holdId, input.payment.method, input.payment.token ?? null, ...(input.usePoints ? ['points'] : [])])).digest('hex');
}

async function replay(deps: BookingDeps, rec: IdemRecord): Promise<BookingOutcome> {
  if (rec.bookingId) {
    const booking = await getBooking(deps.db, rec.bookingId);
    if (booking) return { status: 201, booking };
  }
  const e = rec.error ?? { code: 'internal_error', message: 'The first attempt did not finish.' };
  throw new AppError(e.code as ErrorCode, e.message, e.details);
}

/** Waits for the request that holds the key to finish (a double click arriving mid-way). */
async function awaitFirst(deps: BookingDeps, rec: IdemRecord): Promise<IdemRecord | 'stale'> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const cur = await getIdempotency(deps.db, rec.userId, rec.key);
    if (cur?.status === 'done') return cur;
    // A captured payment is written on the booking only (one write, not a transaction with this
    // record): a committed booking whose payment has left `authorized` is the final answer.
    if (cur?.status === 'committed' && cur.bookingId) {
      const booked = await getBooking(deps.db, cur.bookingId);
      if (booked && booked.payment.status !== 'authorized') return cur;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return 'stale';
}

/**
 * DESIGN rule 2. Authorize the server's own quote, then one transaction moves the held seats to
 * sold and writes the booking, its messages and the idempotency result; then capture. If the
 * transaction is refused (the hold expired while paying), the authorization is voided and the
 * customer told: never paid without seats.
 */
export async function createBooking(
  deps: BookingDeps,
  customer: Customer,
  input: CreateBookingInput,
  idempotencyKey: string | undefined,
  opts: SaleOptions = {},
): Promise<BookingOutcome> {
  const started = deps.clock();
  const hold = await getHold(deps.db, input.holdId);
  if (!hold || hold.userId !== customer.id) throw new AppError('not_found', 'We could not find that seat hold.');

  const idem = idempotencyKey ? { userId: customer.id, key: idempotencyKey } : undefined;
  if (idem) {
    const existing = await claimIdempotencyKey(
      deps.db,
      { ...idem, requestHash: requestHash(input), status: 'in_progress', startedAt: started.toISOString() },
      started,
    );
    if (existing) {
      if (existing.requestHash !== requestHash(input)) throw new AppError('idempotency_conflict');
      if (existing.status === 'done') return replay(deps, existing);
      const finished = await awaitFirst(deps, existing);
      if (finished !== 'stale') return replay(deps, finished);
      // The first request went quiet. Its booking may be written already (capture pending):
      // then that booking is the answer; otherwise this request takes the key over.
      const now = await getIdempotency(deps.db, existing.userId, existing.key);
      if (now && now.status !== 'in_progress') return replay(deps, now);
      if (!now || !(await takeOverStale(deps.db, now, deps.clock()))) {
        const again = await getIdempotency(deps.db, idem.userId, idem.key);
        if (again?.status === 'done') return replay(deps, again);
        throw new AppError('idempotency_conflict', 'This booking is still being processed. Check My bookings in a minute.');
      }
    }
  }

  try {
    return await book(deps, customer, hold, input, idem, opts);
  } catch (err) {
    if (idem && err instanceof AppError) {
      await finishWithError(deps.db, idem.userId, idem.key, err.status, { code: err.code, message: err.message, details: err.details });
    }
    throw err;
  }
}

async function book(
  deps: BookingDeps,
  customer: Customer,
  hold: HoldRecord,
  input: CreateBookingInput,
  idem: { userId: string; key: string } | undefined,
  opts: SaleOptions,
): Promise<BookingOutcome> {
  if (hold.status === 'booked' && hold.bookingId) {
    const booking = await getBooking(deps.db, hold.bookingId);
    if (booking) return { status: 201, booking };
  }
  const now = deps.clock();
  if (hold.status !== 'active' || new Date(hold.expiresAt) < now) throw new AppError('hold_expired', 'Your seat hold has expired. Pick your seats again; you have not been charged.');
  // Read while the payment runs: the messages need the customer's SMS choice.
  const contact =
    opts.contact !== undefined
      ? Promise.resolve(opts.contact)
      : customer.contact
        ? Promise.resolve(customer.contact) // read with the session, in this request
        : contactFor(deps.db, customer.id).catch((): Contact | null => null);
  const show = await cachedShowtime(deps.db, hold.showtimeId);
  if (!show) throw new AppError('not_found', 'We could not find that show.');
  const state = salesState(show, now, opts.channel === 'counter' ? 'kiosk' : 'online');
  if (!state.open) throw salesClosedError(state.reason);

  // The server's quote, with the customer's points spent on it when they asked (never an amount from the client).
  const offer = input.usePoints ? await pointsOffer(deps.db, customer.id, hold.quote) : null;
  const payQuote = offer?.quote ?? hold.quote;
  const paymentKey = `book-${hold.id}-${idem?.key ?? randomUUID()}`;
  // Marked before any money moves: if this server dies from here on, the payment sweep settles it.
  if (!(await markPaymentStarted(deps.db, hold, paymentKey, idem?.key, deps.clock()))) {
    throw new AppError('hold_expired', 'Your seat hold has expired. Pick your seats again; you have not been charged.');
  }
  const auth = await deps.gateway.authorize({
    amountMinor: payQuote.totalMinor,
    currency: 'INR',
    method: input.payment.method,
    token: input.payment.token,
    reference: hold.id,
    idempotencyKey: paymentKey,
  });
  if (auth.status === 'declined') throw new AppError('payment_declined', `The payment was declined (${auth.reason}). Nothing was charged; your seats stay held until the timer runs out.`);

  const at = deps.clock();
  const booking: Booking = {
    id: newBookingId(at, show.timezone),
    userId: customer.id,
    status: 'confirmed',
    channel: opts.channel ?? 'online',
    showtimeId: show.id,
    movieId: show.movieId,
    movieTitle: show.movieTitle,
    theaterId: show.theaterId,
    theaterName: show.theaterName,
    screenName: show.screenName,
    startsAt: show.startsAt,
    timezone: show.timezone,
    seats: hold.seats,
    quote: payQuote,
    payment: { method: input.payment.method, status: 'authorized', reference: auth.authorizationId },
    holdId: hold.id,
    createdAt: at.toISOString(),
    ...(opts.walkIn ? { walkIn: opts.walkIn } : {}),
  };
  const found = await contact;
  const to: Contact | null = found ?? (opts.contact === null ? null : { email: customer.email, name: customer.name, smsTo: null, lang: 'en' });
  const lang = customer.lang ?? to?.lang;
  if (lang && lang !== 'en') booking.lang = lang;
  const messages = to
    ? [
        ...noticeMessages('booking_confirmed', booking, to, { publicUrl: deps.publicUrl, now: at }),
        ...reminderMessages(booking, to, { publicUrl: deps.publicUrl, now: at, hours: deps.reminderHours ?? 3 }),
      ]
    : [];
  booking.notificationIds = messages.map((m) => m.id);
  const spend = offer?.points ? redeemItems(deps.db.table, customer.id, { bookingId: booking.id, spend: offer.points, at: at.toISOString(), movieTitle: show.movieTitle }) : undefined;
  const result = await confirmBookingWith(deps.db, booking, { now: at, idempotency: idem, messages, extra: spend });

  seatsChanged(deps.db, show.id);
  if (result === 'extra') {
    // Another booking spent these points first: nothing was written; the hold is still the customer's.
    await deps.gateway.void(auth.authorizationId);
    throw new AppError('points_unavailable');
  }
  if (result !== 'ok') {
    // The hold lost its seats while the payment ran: give the money back, then say so.
    await deps.gateway.void(auth.authorizationId);
    const returned = paymentReturnedMessage({ name: customer.name, movieTitle: show.movieTitle, amountMinor: payQuote.totalMinor, lang: lang ?? 'en' });
    await deps.db.doc.send(
      new PutCommand(outboxPut(deps.db.table, { id: randomUUID(), channel: 'email', to: customer.email, kind: 'payment_returned', lang: lang ?? 'en', ...returned, createdAt: at.toISOString() }).Put),
    );
    deps.messagesWaiting();
    throw new AppError('hold_expired', 'Your seat hold expired before the payment finished. The payment was cancelled and you have not been charged.');
  }
  holdClosed(hold.id);

  try {
    await deps.gateway.capture(auth.authorizationId);
    booking.payment.status = 'captured';
  } catch (err) {
    deps.log('error', 'capture failed; booking kept with payment authorized', { bookingId: booking.id, error: (err as Error).message });
  }
  // Captured: one write on the booking (a waiting retry sees it there, awaitFirst). Not captured:
  // the idempotency record is completed with it, so a retry replays the booking at once.
  await setPaymentStatus(deps.db, booking.id, booking.payment.status, booking.payment.status === 'captured' ? undefined : idem);
  await Promise.all([
    addSeatsSold(deps.db, show.id, booking.seats.length).catch((err: unknown) =>
      deps.log('warn', 'seatsSold counter not updated', { showtimeId: show.id, error: (err as Error).message }),
    ),
    saleRecorded(deps.db, deps.log, booking, show, { email: to?.email ?? opts.walkIn?.email, phone: to?.phone ?? opts.walkIn?.phone }),
  ]);
  deps.messagesWaiting();
  return { status: 201, booking };
}
