import { GetCommand, TransactWriteCommand, UpdateCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Quote } from '../domain/pricing.js';
import { isConditionFailure, isTransactionCancelled, ttlFrom, type Db } from './db.js';
import { metrics } from '../ops/metrics.js';
import { updateWithMessages, type OutboxMessage } from './outbox.js';
import { SEAT_IS_FREE, freeSeatValues, seatKey } from './seats.js';

export interface HoldRecord {
  id: string;
  userId: string;
  showtimeId: string;
  seats: string[];
  quote: Quote;
  expiresAt: string;
  createdAt: string;
  status: 'active' | 'released' | 'booked';
  bookingId?: string;
}

export const holdKey = (id: string) => ({ pk: `HOLD#${id}`, sk: 'HOLD' });
/** Points at a customer's latest hold for a show, so picking again replaces it. */
const currentHoldKey = (userId: string, showtimeId: string) => ({ pk: `USERHOLD#${userId}#${showtimeId}`, sk: 'HOLD' });

export async function currentHoldId(db: Db, userId: string, showtimeId: string): Promise<string | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: currentHoldKey(userId, showtimeId), ConsistentRead: true }));
  return (out.Item?.holdId as string | undefined) ?? null;
}

type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

export type PlaceHoldResult = { ok: true } | { ok: false; takenSeats: string[] };

async function withConflictRetry<T>(fn: () => Promise<T>, isConflict: (err: unknown) => boolean): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= 4 || !isConflict(err)) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * 15 * attempt));
    }
  }
}

const onlyConflicts = (err: unknown) =>
  isTransactionCancelled(err) &&
  (err.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict') &&
  !(err.CancellationReasons ?? []).some((r) => r.Code === 'ConditionalCheckFailed');

/**
 * DESIGN rule 1: every seat is taken with the free-seat condition and the hold is written, all
 * in one transaction — either every seat is held by this hold or none is.
 */
export async function placeHold(db: Db, hold: HoldRecord, now: Date): Promise<PlaceHoldResult> {
  const items: TransactItems = hold.seats.map((seatId) => ({
    Update: {
      TableName: db.table,
      Key: seatKey(hold.showtimeId, seatId),
      UpdateExpression:
        'SET #status = :held, seatId = :seat, holdId = :hold, holdExpiresAt = :exp, userId = :user, updatedAt = :now REMOVE bookingId, kioskId, leaseId, leaseEndsAt',
      ConditionExpression: SEAT_IS_FREE,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ...freeSeatValues(now),
        ':seat': seatId,
        ':hold': hold.id,
        ':exp': hold.expiresAt,
        ':user': hold.userId,
      },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  }));
  items.push({
    Put: {
      TableName: db.table,
      Item: { ...holdKey(hold.id), type: 'hold', ...hold, ttl: ttlFrom(new Date(hold.expiresAt)) + 86400 },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  });
  items.push({
    Put: {
      TableName: db.table,
      Item: { ...currentHoldKey(hold.userId, hold.showtimeId), type: 'currentHold', holdId: hold.id, ttl: ttlFrom(new Date(hold.expiresAt)) + 3600 },
    },
  });
  try {
    await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: items })), onlyConflicts);
    metrics.holds.inc({ result: 'placed' });
    return { ok: true };
  } catch (err) {
    if (!isTransactionCancelled(err)) throw err;
    const reasons = err.CancellationReasons ?? [];
    const taken = hold.seats.filter((_, i) => reasons[i]?.Code === 'ConditionalCheckFailed' || reasons[i]?.Code === 'TransactionConflict');
    if (taken.length === 0) throw err;
    metrics.holds.inc({ result: 'seats_taken' });
    return { ok: false, takenSeats: taken };
  }
}

export async function getHold(db: Db, id: string): Promise<HoldRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: holdKey(id), ConsistentRead: true }));
  if (!out.Item) return null;
  const { pk: _pk, sk: _sk, type: _t, ttl: _ttl, ...hold } = out.Item;
  return hold as HoldRecord;
}

/**
 * Frees the seats this hold still has (each with its own condition, so a seat that has since
 * gone to someone else is left alone) and marks the hold released.
 */
export async function releaseHold(db: Db, hold: HoldRecord, now: Date, work: OutboxMessage[] = []): Promise<void> {
  await Promise.all(
    hold.seats.map((seatId) =>
      db.doc
        .send(
          new UpdateCommand({
            TableName: db.table,
            Key: seatKey(hold.showtimeId, seatId),
            UpdateExpression: 'SET #status = :available, updatedAt = :now REMOVE holdId, holdExpiresAt, userId',
            ConditionExpression: '#status = :held AND holdId = :hold',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':available': 'available', ':held': 'held', ':hold': hold.id, ':now': now.toISOString() },
          }),
        )
        .catch((err: unknown) => {
          if (!isConditionFailure(err)) throw err;
        }),
    ),
  );
  const released = {
    TableName: db.table,
    Key: holdKey(hold.id),
    UpdateExpression: 'SET #status = :released',
    ConditionExpression: '#status = :active',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':released': 'released', ':active': 'active' },
  };
  // With the waitlist's work item (only for a show someone waits for) in the same transaction.
  await updateWithMessages(db, released, work);
}
