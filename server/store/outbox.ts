import { BatchGetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type BatchGetCommandOutput, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, isTransactionCancelled, ttlFrom, type Db } from './db.js';

/** `task`: a work item for the dispatcher itself (docs/loyalty-and-waitlist.md), never published. */
export type OutboxChannel = 'email' | 'sms' | 'task';

export interface OutboxMessage {
  id: string;
  channel: OutboxChannel;
  to: string;
  kind: string;
  lang: string;
  subject: string;
  text: string;
  html?: string;
  createdAt: string;
  /** Not before this instant (a reminder); default: at once. */
  dueAt?: string;
  /** The booking it is about: shown on the booking, and checked before a reminder goes out. */
  bookingId?: string;
  /** A reminder is for this start time; if the show has moved since, the reminder is dropped. */
  showStartsAt?: string;
  /** The message this one sends again (staff or customer asked for a resend). */
  resendOf?: string;
}

export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'cancelled';

export interface OutboxRecord extends OutboxMessage {
  status: OutboxStatus;
  attempts: number;
  dueAt: string;
  lastError?: string;
  messageId?: string;
  sentAt?: string;
}

const key = (id: string) => ({ pk: `OUTBOX#${id}`, sk: 'OUTBOX' });
export const PENDING = 'OUTBOX#PENDING';
export const FAILED = 'OUTBOX#FAILED';

/**
 * Pending messages are spread over 16 index keys: every message is written, claimed and removed
 * on its key, so one key for all of them would cap the whole platform at roughly 40 bookings a
 * second (an index key takes ~1,000 writes/s; docs/deploy.md, capacity). Messages written before
 * the split sit under the bare key and are still read from it.
 */
export const PENDING_SHARDS = 16;
export const pendingKeys = (): string[] => [PENDING, ...Array.from({ length: PENDING_SHARDS }, (_, i) => `${PENDING}#${String(i).padStart(2, '0')}`)];
export function pendingKey(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return `${PENDING}#${String(h % PENDING_SHARDS).padStart(2, '0')}`;
}

/** An Update as a transaction item takes it (also a valid UpdateItem input). */
type ItemUpdate = NonNullable<NonNullable<TransactWriteCommandInput['TransactItems']>[number]['Update']>;

/**
 * One conditional update, with `messages` in the same transaction when there are any (a plain
 * UpdateItem when there are none). False when its condition failed: nothing was written.
 */
export async function updateWithMessages(db: Db, update: ItemUpdate, messages: OutboxMessage[]): Promise<boolean> {
  try {
    await (messages.length
      ? db.doc.send(new TransactWriteCommand({ TransactItems: [{ Update: update }, ...messages.map((m) => outboxPut(db.table, m))] }))
      : db.doc.send(new UpdateCommand(update)));
    return true;
  } catch (err) {
    if (isConditionFailure(err) || isTransactionCancelled(err)) return false;
    throw err;
  }
}

/**
 * The Put to add to the same transaction as the change that causes the message, so a change
 * never commits without its message and a message never goes out for a change that failed.
 */
export function outboxPut(table: string, msg: OutboxMessage) {
  const dueAt = msg.dueAt ?? msg.createdAt;
  return {
    Put: {
      TableName: table,
      Item: {
        ...key(msg.id),
        type: 'outbox',
        ...msg,
        status: 'pending',
        attempts: 0,
        dueAt,
        gsi1pk: pendingKey(msg.id),
        gsi1sk: `${dueAt}#${msg.id}`,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

/**
 * Up to `limit` due messages, oldest first, from every shard (a few from each: a backlog in one
 * shard still drains, it only shares the passes with the others).
 */
export async function listDue(db: Db, now: Date, limit: number): Promise<OutboxRecord[]> {
  const perShard = Math.max(2, Math.ceil(limit / 8));
  const shards = await Promise.all(
    pendingKeys().map((p) =>
      db.doc.send(
        new QueryCommand({
          TableName: db.table,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :p AND gsi1sk <= :now',
          ExpressionAttributeValues: { ':p': p, ':now': `${now.toISOString()}#~` },
          Limit: perShard,
        }),
      ),
    ),
  );
  const due = shards.flatMap((out) => (out.Items ?? []) as (OutboxRecord & { gsi1sk: string })[]);
  return due.sort((a, b) => a.gsi1sk.localeCompare(b.gsi1sk)).slice(0, limit);
}

/**
 * Conditional claim: of several dispatchers, exactly one gets each message for `leaseMs`. A
 * message that is not due yet (its retry is backing off) cannot be claimed from a stale list.
 */
export async function claim(db: Db, id: string, worker: string, now: Date, leaseMs: number): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: key(id),
        UpdateExpression: 'SET claimedBy = :w, claimedUntil = :until',
        ConditionExpression:
          '#s = :pending AND dueAt <= :now AND (attribute_not_exists(claimedUntil) OR claimedUntil < :now)',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: {
          ':w': worker,
          ':until': new Date(now.getTime() + leaseMs).toISOString(),
          ':now': now.toISOString(),
          ':pending': 'pending',
        },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

export async function markSent(db: Db, id: string, messageId: string, now: Date): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: key(id),
      UpdateExpression:
        'SET #s = :sent, messageId = :m, sentAt = :now, #ttl = :ttl REMOVE gsi1pk, gsi1sk, claimedUntil',
      ExpressionAttributeNames: { '#s': 'status', '#ttl': 'ttl' },
      ExpressionAttributeValues: {
        ':sent': 'sent',
        ':m': messageId,
        ':now': now.toISOString(),
        ':ttl': ttlFrom(new Date(now.getTime() + 90 * 86400_000)),
      },
    }),
  );
}

export async function markAttemptFailed(
  db: Db,
  rec: OutboxRecord,
  error: string,
  retryAt: Date | null,
  now: Date,
): Promise<void> {
  const attempts = rec.attempts + 1;
  const failed = retryAt === null;
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: key(rec.id),
      UpdateExpression:
        'SET attempts = :a, lastError = :e, #s = :s, dueAt = :due, gsi1pk = :gpk, gsi1sk = :gsk REMOVE claimedUntil',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: {
        ':a': attempts,
        ':e': error.slice(0, 500),
        ':s': failed ? 'failed' : 'pending',
        ':due': (retryAt ?? now).toISOString(),
        ':gpk': failed ? FAILED : pendingKey(rec.id),
        ':gsk': `${(retryAt ?? now).toISOString()}#${rec.id}`,
      },
    }),
  );
}

/** Dropped without sending (a reminder for a booking cancelled since); kept for the record. */
export async function markSkipped(db: Db, id: string, reason: string, now: Date): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: key(id),
      UpdateExpression: 'SET #s = :c, lastError = :r, #ttl = :ttl REMOVE gsi1pk, gsi1sk, claimedUntil',
      ConditionExpression: '#s = :pending',
      ExpressionAttributeNames: { '#s': 'status', '#ttl': 'ttl' },
      ExpressionAttributeValues: {
        ':c': 'cancelled',
        ':pending': 'pending',
        ':r': reason,
        ':ttl': ttlFrom(new Date(now.getTime() + 90 * 86400_000)),
      },
    }),
  );
}

/** Messages whose last attempt failed, newest first: what the admin panel shows. */
export async function listFailed(db: Db, limit = 50, after?: string): Promise<{ messages: OutboxRecord[]; next?: string }> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :f',
      ExpressionAttributeValues: { ':f': FAILED },
      ScanIndexForward: false,
      Limit: limit,
      ...(after ? { ExclusiveStartKey: JSON.parse(Buffer.from(after, 'base64url').toString()) as Record<string, unknown> } : {}),
    }),
  );
  return {
    messages: (out.Items ?? []) as OutboxRecord[],
    next: out.LastEvaluatedKey ? Buffer.from(JSON.stringify(out.LastEvaluatedKey)).toString('base64url') : undefined,
  };
}

export async function getMessages(db: Db, ids: string[]): Promise<OutboxRecord[]> {
  const found = new Map<string, OutboxRecord>();
  for (let i = 0; i < ids.length; i += 100) {
    let keys: Record<string, unknown>[] | undefined = ids.slice(i, i + 100).map(key);
    for (let round = 0; keys?.length && round < 5; round++) {
      const out: BatchGetCommandOutput = await db.doc.send(new BatchGetCommand({ RequestItems: { [db.table]: { Keys: keys, ConsistentRead: true } } }));
      for (const item of out.Responses?.[db.table] ?? []) found.set(item.id as string, item as OutboxRecord);
      keys = out.UnprocessedKeys?.[db.table]?.Keys;
    }
  }
  return ids.map((id) => found.get(id)).filter((r): r is OutboxRecord => r !== undefined);
}

/** A failed message goes back in the queue with fresh attempts (staff pressed "resend"). */
export async function requeueFailed(db: Db, id: string, now: Date): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: key(id),
        UpdateExpression: 'SET #s = :pending, attempts = :zero, dueAt = :now, gsi1pk = :gpk, gsi1sk = :gsk',
        ConditionExpression: '#s = :failed',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: {
          ':pending': 'pending',
          ':failed': 'failed',
          ':zero': 0,
          ':now': now.toISOString(),
          ':gpk': pendingKey(id),
          ':gsk': `${now.toISOString()}#${id}`,
        },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}
