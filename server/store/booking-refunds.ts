import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Booking } from '../domain/booking.js';
import { bookingKey } from './bookings.js';
import { isTransactionCancelled, type Db } from './db.js';
import { outboxPut, type OutboxMessage } from './outbox.js';

/**
 * Raises a cancelled booking's refund from what it was to `toMinor` (staff returning the rest),
 * with the message announcing it, once: the condition on the old amount makes a double click
 * refund nothing twice. The caller pays the difference through the gateway first (with an
 * idempotency key made of the old amount) and passes its reference.
 */
export async function raiseRefund(db: Db, b: Booking, toMinor: number, reference: string, now: Date, messages: OutboxMessage[]): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.table,
              Key: bookingKey(b.id),
              UpdateExpression:
                'SET refund.amountMinor = :to, refund.#pct = :pct, refund.#s = :refunded, refund.#ref = :ref, refund.#at = :at, payment.#s = :ps, notificationIds = list_append(if_not_exists(notificationIds, :none), :ids)',
              ConditionExpression: '#status = :cancelled AND refund.amountMinor = :from',
              ExpressionAttributeNames: { '#s': 'status', '#ref': 'reference', '#at': 'at', '#pct': 'percent', '#status': 'status' },
              ExpressionAttributeValues: {
                ':to': toMinor,
                ':from': b.refund?.amountMinor ?? 0,
                ':pct': Math.round((toMinor / Math.max(1, b.quote.totalMinor)) * 100),
                ':refunded': 'refunded',
                ':ref': reference,
                ':at': now.toISOString(),
                ':ps': toMinor >= b.quote.totalMinor ? 'refunded' : 'partially_refunded',
                ':cancelled': 'cancelled',
                ':none': [],
                ':ids': messages.map((m) => m.id),
              },
            },
          },
          ...messages.map((m) => outboxPut(db.table, m)),
        ],
      }),
    );
    return true;
  } catch (err) {
    if (isTransactionCancelled(err)) return false;
    throw err;
  }
}
