import { randomUUID } from 'node:crypto';
import { newBookingId } from '../../server/domain/booking-id.js';
import type { Showtime } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { kioskKeyId, signSale } from '../../server/domain/kiosk-sale.js';
import { quote } from '../../server/domain/pricing.js';
import { signTicket } from '../../server/domain/ticket-signing.js';
import { sales, saleSeats } from '../db/schema.js';
import type { KioskContext } from '../context.js';
import type { KioskStaff } from '../auth/kiosk-session.js';
import type { KioskMapSeat } from './kiosk-seat-map.js';
import type { SaleAnswer, SaleInput } from './sell.js';

/** SQLite's answer when a primary key is already taken. */
const isConstraint = (err: unknown) => (err as { code?: string })?.code?.startsWith('SQLITE_CONSTRAINT') ?? false;

/**
 * Records a sale of this kiosk's leased seats: signed with the kiosk's key, tickets signed with it
 * too (the doors accept them through the synced kiosk keys), all in one SQLite transaction with
 * the seats it takes. A crash before the commit leaves no trace; after it, the sale is kept and
 * pushed until the server has it.
 */
export function recordLeaseSale(ctx: KioskContext, staff: KioskStaff, show: Showtime, seats: KioskMapSeat[], input: SaleInput, now: Date): SaleAnswer {
  const q = quote({ seats: seats.map((s) => ({ id: s.id, type: s.type })), prices: show.prices, convenienceFeeBps: 0 });
  const customer = input.customer && Object.values(input.customer).some(Boolean) ? input.customer : undefined;
  const signed = signSale(
    {
      id: randomUUID(),
      kioskId: ctx.kioskId,
      leaseId: seats[0].leaseId!,
      showtimeId: show.id,
      seats: seats.map((s) => s.id),
      bookingId: newBookingId(now, show.timezone),
      payment: { method: input.payment.method },
      quote: q,
      ...(customer ? { customer } : {}),
      soldAt: now.toISOString(),
      soldBy: staff.id,
    },
    ctx.signingKey,
  );
  const tickets = signed.seats.map((seat) => ({
    seat,
    payload: signTicket({ keyId: kioskKeyId(ctx.kioskId), bookingId: signed.bookingId, showtimeId: show.id, seat }, ctx.signingKey),
  }));
  try {
    ctx.db.transaction((tx) => {
      tx.insert(saleSeats).values(signed.seats.map((seatId) => ({ showtimeId: show.id, seatId, saleId: signed.id }))).run();
      tx.insert(sales)
        .values({
          id: signed.id,
          mode: 'lease',
          showtimeId: show.id,
          leaseId: signed.leaseId,
          seats: JSON.stringify(signed.seats),
          bookingId: signed.bookingId,
          quote: JSON.stringify(q),
          method: input.payment.method,
          customer: customer ? JSON.stringify(customer) : null,
          soldAt: signed.soldAt,
          soldBy: staff.id,
          signed: JSON.stringify(signed),
          tickets: JSON.stringify(tickets),
          status: 'pending',
        })
        .run();
    });
  } catch (err) {
    if (isConstraint(err)) throw new AppError('seats_unavailable', 'Those seats were just sold at this kiosk. Pick others.', { seats: signed.seats });
    throw err;
  }
  ctx.log('info', 'sold from lease', { saleId: signed.id, bookingId: signed.bookingId, seats: signed.seats });
  return { id: signed.id, bookingId: signed.bookingId, seats: signed.seats, quote: q, synced: false };
}
