import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Booking } from '../domain/booking.js';
import { cancelledBookingPut } from './cancelled-bookings.js';
import { isTransactionCancelled, type Db } from './db.js';
import { holdKey } from './holds.js';
import { idemKey } from './idempotency.js';
import { metrics } from '../ops/metrics.js';
import { outboxPut, type OutboxMessage } from './outbox.js';
import { seatKey } from './seats.js';

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

export const bookingKey = (id: string) => ({ pk: `BOOKING#${id}`, sk: 'BOOKING' });

function bookingItem(b: Booking): Record<string, unknown> {
  return {
    ...bookingKey(b.id),
    type: 'booking',
    ...b,
    gsi1pk: `USERBOOKINGS#${b.userId}`,
    gsi1sk: `${b.createdAt}#${b.id}`,
  };
}

function strip(item: Record<string, unknown>): Booking {
  const { pk: _pk, sk: _sk, type: _t, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return rest as unknown as Booking;
}

/**
 * DESIGN rule 2: in one transaction every seat must still be held by this hold and unexpired at
 * `now` → sold; the booking is written (once), the idempotency record completed, the messages
 * queued and the hold closed. Returns false when the hold had lost any seat (nothing written).
 */
export async function confirmBooking(
  db: Db,
  b: Booking,
  opts: { now: Date; idempotency?: { userId: string; key: string }; messages: OutboxMessage[] },
): Promise<boolean> {
  return (await confirmBookingWith(db, b, opts)) === 'ok';
}

/**
 * `confirmBooking` with `extra` items in the same transaction (loyalty points spent: see
 * store/loyalty.ts `redeemItems`). Says which part refused: the seats/hold, or an extra item.
 */
export async function confirmBookingWith(
  db: Db,
  b: Booking,
  opts: { now: Date; idempotency?: { userId: string; key: string }; messages: OutboxMessage[]; extra?: TransactItems },
): Promise<'ok' | 'seats' | 'extra'> {
  const now = opts.now.toISOString();
  const items: TransactItems = b.seats.map((seatId) => ({
    Update: {
      TableName: db.table,
      Key: seatKey(b.showtimeId, seatId),
      UpdateExpression: 'SET #status = :sold, bookingId = :booking, updatedAt = :now REMOVE holdExpiresAt',
      ConditionExpression: '#status = :held AND holdId = :hold AND holdExpiresAt >= :now',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':sold': 'sold', ':held': 'held', ':booking': b.id, ':hold': b.holdId, ':now': now },
    },
  }));
  items.push(
    { Put: { TableName: db.table, Item: bookingItem(b), ConditionExpression: 'attribute_not_exists(pk)' } },
    {
      Update: {
        TableName: db.table,
        Key: holdKey(b.holdId),
        UpdateExpression: 'SET #status = :booked, bookingId = :booking',
        ConditionExpression: '#status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':booked': 'booked', ':active': 'active', ':booking': b.id },
      },
    },
    ...opts.messages.map((m) => outboxPut(db.table, m)),
  );
  if (opts.idempotency) {
    items.push({
      Update: {
        TableName: db.table,
        Key: idemKey(opts.idempotency.userId, opts.idempotency.key),
        UpdateExpression: 'SET #status = :done, responseStatus = :code, bookingId = :booking, finishedAt = :now',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':done': 'committed', ':code': 201, ':booking': b.id, ':now': now },
      },
    });
  }
  const extraFrom = items.length;
  items.push(...(opts.extra ?? []));
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
    metrics.bookings.inc();
    metrics.bookedSeats.inc({}, b.seats.length);
    return 'ok';
  } catch (err) {
    if (!isTransactionCancelled(err)) throw err;
    const reasons = err.CancellationReasons ?? [];
    const seatsLost = reasons.some((r, i) => i < extraFrom && r.Code === 'ConditionalCheckFailed');
    const extraRefused = reasons.some((r, i) => i >= extraFrom && r.Code !== undefined && r.Code !== 'None');
    return !seatsLost && extraRefused ? 'extra' : 'seats';
  }
}

export async function getBooking(db: Db, id: string): Promise<Booking | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: bookingKey(id), ConsistentRead: true }));
  return out.Item ? strip(out.Item) : null;
}

export async function listUserBookings(db: Db, userId: string): Promise<Booking[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :u',
      ExpressionAttributeValues: { ':u': `USERBOOKINGS#${userId}` },
      ScanIndexForward: false,
      Limit: 200,
    }),
  );
  return (out.Items ?? []).map(strip);
}

/**
 * Records the payment's new status on the booking and, in the same write, completes the
 * idempotency record: a retry waiting on the key then replays the booking as it finally is.
 */
export async function setPaymentStatus(
  db: Db,
  id: string,
  status: Booking['payment']['status'],
  idempotency?: { userId: string; key: string },
): Promise<void> {
  const update = {
    TableName: db.table,
    Key: bookingKey(id),
    UpdateExpression: 'SET payment.#s = :s',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':s': status },
  };
  if (!idempotency) {
    await db.doc.send(new UpdateCommand(update));
    return;
  }
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        { Update: update },
        {
          Update: {
            TableName: db.table,
            Key: idemKey(idempotency.userId, idempotency.key),
            UpdateExpression: 'SET #s = :done',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':done': 'done' },
          },
        },
      ],
    }),
  );
}

/**
 * Cancels a confirmed booking and frees its seats in one transaction; the refund is recorded as
 * pending and paid by the caller through the gateway afterwards. False when it was no longer
 * confirmed (cancelled twice at once: exactly one wins).
 */
export async function cancelBookingTx(
  db: Db,
  b: Booking,
  refund: NonNullable<Booking['refund']>,
  opts: { now: Date; messages: OutboxMessage[]; work?: OutboxMessage[] },
): Promise<boolean> {
  const now = opts.now.toISOString();
  const items: TransactItems = [
    {
      Update: {
        TableName: db.table,
        Key: bookingKey(b.id),
        UpdateExpression:
          'SET #status = :cancelled, refund = :refund, cancelledAt = :now, notificationIds = list_append(if_not_exists(notificationIds, :none), :ids)',
        ConditionExpression: '#status = :confirmed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':cancelled': 'cancelled',
          ':confirmed': 'confirmed',
          ':refund': refund,
          ':now': now,
          ':none': [],
          ':ids': opts.messages.map((m) => m.id),
        },
      },
    },
    ...b.seats.map((seatId) => ({
      Update: {
        TableName: db.table,
        Key: seatKey(b.showtimeId, seatId),
        UpdateExpression: 'SET #status = :available, updatedAt = :now REMOVE bookingId, holdId, userId',
        ConditionExpression: '#status = :sold AND bookingId = :booking',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':available': 'available', ':sold': 'sold', ':booking': b.id, ':now': now },
      },
    })),
    ...opts.messages.map((m) => outboxPut(db.table, m)),
    // Work items (the waitlist's "seats came back"): in the outbox, not among the booking's messages.
    ...(opts.work ?? []).map((m) => outboxPut(db.table, m)),
    cancelledBookingPut(db.table, b, now),
  ];
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
    return true;
  } catch (err) {
    if (isTransactionCancelled(err)) return false;
    throw err;
  }
}

/** Records the gateway's refund; the message announcing it commits with it. */
export async function markRefunded(
  db: Db,
  id: string,
  reference: string,
  paymentStatus: Booking['payment']['status'],
  messages: OutboxMessage[] = [],
): Promise<void> {
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: db.table,
            Key: bookingKey(id),
            UpdateExpression:
              'SET refund.#s = :refunded, refund.#ref = :ref, payment.#s = :ps, notificationIds = list_append(if_not_exists(notificationIds, :none), :ids)',
            ExpressionAttributeNames: { '#s': 'status', '#ref': 'reference' },
            ExpressionAttributeValues: { ':refunded': 'refunded', ':ref': reference, ':ps': paymentStatus, ':none': [], ':ids': messages.map((m) => m.id) },
          },
        },
        ...messages.map((m) => outboxPut(db.table, m)),
      ],
    }),
  );
}

/**
 * Queues messages about a confirmed booking (a resend) and lists them on it, in one
 * transaction. False when the booking is no longer confirmed or was resent less than
 * `minGapMs` ago, so a resend button cannot flood anyone's inbox.
 */
export async function addBookingMessages(db: Db, id: string, messages: OutboxMessage[], opts: { now: Date; minGapMs: number }): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.table,
              Key: bookingKey(id),
              UpdateExpression: 'SET lastResendAt = :now, notificationIds = list_append(if_not_exists(notificationIds, :none), :ids)',
              ConditionExpression: '#status = :confirmed AND (attribute_not_exists(lastResendAt) OR lastResendAt < :cutoff)',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':now': opts.now.toISOString(),
                ':cutoff': new Date(opts.now.getTime() - opts.minGapMs).toISOString(),
                ':confirmed': 'confirmed',
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
