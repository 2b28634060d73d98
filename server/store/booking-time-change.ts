import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { bookingKey } from './bookings.js';
import { isTransactionCancelled, type Db } from './db.js';
import { outboxPut, type OutboxMessage } from './outbox.js';

/**
 * A booking follows its show to a new start time, with the messages telling the customer, in
 * one transaction. Only a confirmed booking still at the old time moves, so running it twice
 * (a retry) tells nobody twice. False when there was nothing to move.
 */
export async function moveBookingStart(db: Db, bookingId: string, fromStartsAt: string, toStartsAt: string, messages: OutboxMessage[]): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.table,
              Key: bookingKey(bookingId),
              UpdateExpression: 'SET startsAt = :to, notificationIds = list_append(if_not_exists(notificationIds, :none), :ids)',
              ConditionExpression: '#status = :confirmed AND startsAt = :from',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':to': toStartsAt, ':from': fromStartsAt, ':confirmed': 'confirmed', ':none': [], ':ids': messages.map((m) => m.id) },
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
