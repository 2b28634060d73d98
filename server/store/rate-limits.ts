import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db.js';

/**
 * Fixed-window counters kept in the table, so every server process sees the same counts.
 * Old windows disappear through TTL.
 */
function windowKey(bucket: string, key: string, windowSeconds: number, now: Date) {
  const start = Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds;
  return { key: { pk: `RATE#${bucket}#${key}`, sk: `W#${start}` }, ttl: start + windowSeconds * 2 };
}

export async function incrementCounter(
  db: Db,
  bucket: string,
  key: string,
  windowSeconds: number,
  now: Date,
): Promise<number> {
  const w = windowKey(bucket, key, windowSeconds, now);
  const out = await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: w.key,
      UpdateExpression: 'ADD #n :one SET #ttl = :ttl',
      ExpressionAttributeNames: { '#n': 'count', '#ttl': 'ttl' },
      ExpressionAttributeValues: { ':one': 1, ':ttl': w.ttl },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return (out.Attributes?.count as number | undefined) ?? 1;
}

export async function readCounter(
  db: Db,
  bucket: string,
  key: string,
  windowSeconds: number,
  now: Date,
): Promise<number> {
  const w = windowKey(bucket, key, windowSeconds, now);
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: w.key, ConsistentRead: true }));
  return (out.Item?.count as number | undefined) ?? 0;
}
