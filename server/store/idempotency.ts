import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, ttlFrom, type Db } from './db.js';

export interface IdemRecord {
  userId: string;
  key: string;
  requestHash: string;
  /** `committed`: the booking is written, its payment not yet captured; `done`: the answer is final. */
  status: 'in_progress' | 'committed' | 'done';
  startedAt: string;
  responseStatus?: number;
  bookingId?: string;
  error?: { code: string; message: string; details?: Record<string, unknown> };
}

export const idemKey = (userId: string, key: string) => ({ pk: `IDEM#${userId}#${key}`, sk: 'IDEM' });

/** Claims the key for this request; returns the existing record when another request has it. */
export async function claimIdempotencyKey(db: Db, rec: IdemRecord, now: Date): Promise<IdemRecord | null> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...idemKey(rec.userId, rec.key), type: 'idempotency', ...rec, ttl: ttlFrom(now) + 86400 },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return null;
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
  }
  return getIdempotency(db, rec.userId, rec.key);
}

export async function getIdempotency(db: Db, userId: string, key: string): Promise<IdemRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: idemKey(userId, key), ConsistentRead: true }));
  return (out.Item as IdemRecord | undefined) ?? null;
}

/** Takes over a key whose first request died mid-way (still in progress long after it began). */
export async function takeOverStale(db: Db, rec: IdemRecord, now: Date): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: idemKey(rec.userId, rec.key),
        UpdateExpression: 'SET startedAt = :now',
        ConditionExpression: '#s = :ip AND startedAt = :then',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':now': now.toISOString(), ':ip': 'in_progress', ':then': rec.startedAt },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

export async function finishWithError(db: Db, userId: string, key: string, status: number, error: IdemRecord['error']): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: idemKey(userId, key),
      UpdateExpression: 'SET #s = :done, responseStatus = :code, #e = :err',
      ExpressionAttributeNames: { '#s': 'status', '#e': 'error' },
      ExpressionAttributeValues: { ':done': 'done', ':code': status, ':err': error },
    }),
  );
}
