import { createHash } from 'node:crypto';
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { bookingKey } from './bookings.js';
import { isConditionFailure, type Db } from './db.js';
import { holdKey, type HoldRecord } from './holds.js';
import { idemKey } from './idempotency.js';

/**
 * A hold whose payment has started carries a marker on the sparse `PAYSWEEP#<shard>` index
 * entries of gsi1, written before the gateway is asked for money. If the server dies between
 * authorize and capture, the payment sweep finds the hold by its marker and settles the money
 * (capture for a booking that committed, void for one that never will). Eight shards keep the
 * index's write rate per partition far below DynamoDB's 1,000 a second on a busy day.
 */
export const SWEEP_SHARDS = 8;

function shardOf(holdId: string): number {
  return createHash('sha256').update(holdId).digest()[0] % SWEEP_SHARDS;
}

export interface PaymentMarker {
  holdId: string;
  userId: string;
  status: HoldRecord['status'];
  expiresAt: string;
  bookingId?: string;
  payStartedAt: string;
  /** The gateway idempotency keys of every payment started for this hold (a double click makes two). */
  payKeys: string[];
  /** The Idempotency-Key of each booking request, to complete its record after a capture. */
  idemKeys?: string[];
}

/** Records that a payment is about to start for this hold; false when the hold is no longer active. */
export async function markPaymentStarted(db: Db, hold: { id: string }, payKey: string, idempotencyKey: string | undefined, now: Date): Promise<boolean> {
  const at = now.toISOString();
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: holdKey(hold.id),
        UpdateExpression:
          'SET payStartedAt = :at, payKeys = list_append(if_not_exists(payKeys, :none), :key), idemKeys = list_append(if_not_exists(idemKeys, :none), :idem), gsi1pk = :shard, gsi1sk = :sk',
        ConditionExpression: '#status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':at': at,
          ':none': [],
          ':key': [payKey],
          ':idem': idempotencyKey ? [idempotencyKey] : [],
          ':shard': `PAYSWEEP#${shardOf(hold.id)}`,
          ':sk': `${at}#${hold.id}`,
          ':active': 'active',
        },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

/** Marked holds whose payment started before `before`, one shard at a time (the index is eventually consistent). */
export async function listMarkedBefore(db: Db, shard: number, before: Date, limit = 100): Promise<PaymentMarker[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p AND gsi1sk < :before',
      ExpressionAttributeValues: { ':p': `PAYSWEEP#${shard}`, ':before': before.toISOString() },
      Limit: limit,
    }),
  );
  return (out.Items ?? []).map((i) => ({
    holdId: i.id as string,
    userId: i.userId as string,
    status: i.status as HoldRecord['status'],
    expiresAt: i.expiresAt as string,
    bookingId: i.bookingId as string | undefined,
    payStartedAt: i.payStartedAt as string,
    payKeys: (i.payKeys as string[] | undefined) ?? [],
    idemKeys: i.idemKeys as string[] | undefined,
  }));
}

/** The hold's money is settled: it leaves the sweep's index. */
export async function clearMarker(db: Db, holdId: string): Promise<void> {
  await db.doc.send(new UpdateCommand({ TableName: db.table, Key: holdKey(holdId), UpdateExpression: 'REMOVE gsi1pk, gsi1sk' }));
}

/**
 * After the sweep captured a booking's payment: `authorized` → `captured` on the booking, once
 * (a condition, so of two sweeping servers exactly one wins and counts the sale). Then the
 * booking requests' idempotency records that point at this booking are completed, so a retry
 * replays the booking at once.
 */
export async function markSweptCapture(db: Db, bookingId: string, idempotency: { userId: string; keys: string[] }): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: bookingKey(bookingId),
        UpdateExpression: 'SET payment.#s = :captured',
        ConditionExpression: 'payment.#s = :authorized',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':captured': 'captured', ':authorized': 'authorized' },
      }),
    );
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
  await Promise.all(
    idempotency.keys.map((key) =>
      db.doc
        .send(
          new UpdateCommand({
            TableName: db.table,
            Key: idemKey(idempotency.userId, key),
            UpdateExpression: 'SET #s = :done',
            ConditionExpression: 'bookingId = :booking',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':done': 'done', ':booking': bookingId },
          }),
        )
        .catch((err: unknown) => {
          if (!isConditionFailure(err)) throw err;
        }),
    ),
  );
  return true;
}
