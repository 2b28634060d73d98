import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { Booking } from '../domain/booking.js';
import { ttlFrom, type Db } from './db.js';

/**
 * Door notices for cancelled bookings: `CANCELLEDAT#<theater>` / `<show start>#<booking>`, written
 * in the cancel transaction, so a kiosk door learns at sync which tickets no longer open it.
 * Kept until two days after the show (TTL).
 */
const pkOf = (theaterId: string) => `CANCELLEDAT#${theaterId}`;

export type CancelledBookingNotice = { bookingId: string; showtimeId: string; cancelledAt: string };

export function cancelledBookingPut(table: string, b: Pick<Booking, 'id' | 'theaterId' | 'showtimeId' | 'startsAt'>, now: string) {
  return {
    Put: {
      TableName: table,
      Item: {
        pk: pkOf(b.theaterId),
        sk: `${b.startsAt}#${b.id}`,
        type: 'cancelledBooking',
        bookingId: b.id,
        showtimeId: b.showtimeId,
        cancelledAt: now,
        ttl: ttlFrom(new Date(b.startsAt)) + 2 * 86_400,
      },
    },
  };
}

/** Bookings of the theater's shows starting at or after `fromStartsAt` that were cancelled. */
export async function listCancelledBookings(db: Db, theaterId: string, fromStartsAt: string): Promise<CancelledBookingNotice[]> {
  const found: CancelledBookingNotice[] = [];
  const pages = paginateQuery(
    { client: db.doc },
    {
      TableName: db.table,
      KeyConditionExpression: 'pk = :p AND sk >= :from',
      ExpressionAttributeValues: { ':p': pkOf(theaterId), ':from': fromStartsAt },
      ProjectionExpression: 'bookingId, showtimeId, cancelledAt',
    },
  );
  for await (const out of pages) found.push(...((out.Items ?? []) as CancelledBookingNotice[]));
  return found;
}
