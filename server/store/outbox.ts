import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, ttlFrom, type Db } from './db.js';

export type OutboxChannel = 'email' | 'sms';

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
}

export interface OutboxRecord extends OutboxMessage {
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  dueAt: string;
  lastError?: string;
  messageId?: string;
}

const key = (id: string) => ({ pk: `OUTBOX#${id}`, sk: 'OUTBOX' });
const PENDING = 'OUTBOX#PENDING';

/**
 * The Put to add to the same transaction as the change that causes the message, so a change
 * never commits without its message and a message never goes out for a change that failed.
 */
export function outboxPut(table: string, msg: OutboxMessage) {
  return {
    Put: {
      TableName: table,
      Item: {
        ...key(msg.id),
        type: 'outbox',
        ...msg,
        status: 'pending',
        attempts: 0,
        dueAt: msg.createdAt,
        gsi1pk: PENDING,
        gsi1sk: `${msg.createdAt}#${msg.id}`,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

export async function listDue(db: Db, now: Date, limit: number): Promise<OutboxRecord[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p AND gsi1sk <= :now',
      ExpressionAttributeValues: { ':p': PENDING, ':now': `${now.toISOString()}#~` },
      Limit: limit,
    }),
  );
  return (out.Items ?? []) as OutboxRecord[];
}

/** Conditional claim: of several dispatchers, exactly one gets each message for `leaseMs`. */
export async function claim(db: Db, id: string, worker: string, now: Date, leaseMs: number): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: key(id),
        UpdateExpression: 'SET claimedBy = :w, claimedUntil = :until',
        ConditionExpression:
          '#s = :pending AND (attribute_not_exists(claimedUntil) OR claimedUntil < :now)',
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
        ':gpk': failed ? 'OUTBOX#FAILED' : PENDING,
        ':gsk': `${(retryAt ?? now).toISOString()}#${rec.id}`,
      },
    }),
  );
}
