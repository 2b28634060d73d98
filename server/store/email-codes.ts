import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, ttlFrom, type Db } from './db.js';

export interface EmailCodeRecord {
  userId: string;
  codeHash: string;
  expiresAt: string;
  attempts: number;
}

const key = (userId: string) => ({ pk: `USER#${userId}`, sk: 'EMAILCODE' });

/** A Put for a transaction: a new code replaces the old one and resets its attempts. */
export function emailCodePut(table: string, rec: Omit<EmailCodeRecord, 'attempts'>) {
  return {
    Put: {
      TableName: table,
      Item: { ...key(rec.userId), type: 'emailCode', ...rec, attempts: 0, ttl: ttlFrom(new Date(rec.expiresAt)) + 86400 },
    },
  };
}

/**
 * Counts one attempt, atomically, and returns the record as it was before — or null when the
 * attempts are used up or there is no code. The count is spent before the code is compared,
 * so parallel guesses cannot get past the limit.
 */
export async function spendEmailCodeAttempt(
  db: Db,
  userId: string,
  maxAttempts: number,
): Promise<EmailCodeRecord | null> {
  try {
    const out = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: key(userId),
        UpdateExpression: 'ADD attempts :one',
        ConditionExpression: 'attribute_exists(pk) AND attempts < :max',
        ExpressionAttributeValues: { ':one': 1, ':max': maxAttempts },
        ReturnValues: 'ALL_OLD',
      }),
    );
    const item = out.Attributes;
    if (!item) return null;
    return {
      userId,
      codeHash: item.codeHash as string,
      expiresAt: item.expiresAt as string,
      attempts: item.attempts as number,
    };
  } catch (err) {
    if (isConditionFailure(err)) return null;
    throw err;
  }
}

export async function getEmailCode(db: Db, userId: string): Promise<EmailCodeRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: key(userId) }));
  return out.Item ? (out.Item as unknown as EmailCodeRecord) : null;
}

export async function deleteEmailCode(db: Db, userId: string): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: key(userId) }));
}
