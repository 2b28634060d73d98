import { BatchGetCommand, BatchWriteCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Booking } from '../domain/booking.js';
import type { Db } from './db.js';

/**
 * Lets staff find a theater's bookings by the customer's email or phone, or by show, without
 * scanning: after a booking commits, one small item per key in
 * `FIND#<theaterId>#<kind>#<value>` (sk `<createdAt>#<bookingId>`) points at it.
 */
export type FinderKind = 'email' | 'phone' | 'show';

const findPk = (theaterId: string, kind: FinderKind, value: string) => `FIND#${theaterId}#${kind}#${value}`;

export async function putBookingFinders(db: Db, b: Pick<Booking, 'id' | 'theaterId' | 'createdAt' | 'showtimeId'>, keys: { email?: string | null; phone?: string | null }): Promise<void> {
  const entries: [FinderKind, string][] = [['show', b.showtimeId]];
  if (keys.email) entries.push(['email', keys.email.trim().toLowerCase()]);
  if (keys.phone) entries.push(['phone', keys.phone]);
  await db.doc.send(
    new BatchWriteCommand({
      RequestItems: {
        [db.table]: entries.map(([kind, value]) => ({
          PutRequest: { Item: { pk: findPk(b.theaterId, kind, value), sk: `${b.createdAt}#${b.id}`, type: 'finder', bookingId: b.id } },
        })),
      },
    }),
  );
}

/** Booking ids under one key, newest first. */
export async function findBookingIds(db: Db, theaterId: string, kind: FinderKind, value: string, limit = 100): Promise<string[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'pk = :p',
      ExpressionAttributeValues: { ':p': findPk(theaterId, kind, kind === 'email' ? value.trim().toLowerCase() : value) },
      ProjectionExpression: 'bookingId',
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map((i) => i.bookingId as string);
}

/** Bookings by id, 100 per request, in the order asked (unknown ids left out). */
export async function getBookings(db: Db, ids: string[]): Promise<Booking[]> {
  const unique = [...new Set(ids)];
  const found = new Map<string, Booking>();
  for (let i = 0; i < unique.length; i += 100) {
    let keys: Record<string, unknown>[] = unique.slice(i, i + 100).map((id) => ({ pk: `BOOKING#${id}`, sk: 'BOOKING' }));
    for (let attempt = 0; keys.length; attempt++) {
      if (attempt > 8) throw new Error('DynamoDB kept keys unprocessed');
      const out = await db.doc.send(new BatchGetCommand({ RequestItems: { [db.table]: { Keys: keys } } }));
      for (const item of out.Responses?.[db.table] ?? []) {
        const { pk: _p, sk: _s, type: _t, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
        found.set(rest.id as string, rest as unknown as Booking);
      }
      keys = (out.UnprocessedKeys?.[db.table]?.Keys ?? []) as Record<string, unknown>[];
      if (keys.length) await new Promise((r) => setTimeout(r, 30 * 2 ** attempt));
    }
  }
  return unique.map((id) => found.get(id)).filter((b): b is Booking => Boolean(b));
}
