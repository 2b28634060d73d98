import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db.js';
import { FAILED, pendingKeys } from './outbox.js';

/**
 * How many messages are due and not sent, and how many gave up, counted on the outbox's index
 * (Select COUNT: no items travel) and capped, so a huge backlog costs a few bounded queries.
 */
export async function outboxBacklog(db: Db, now: Date, cap = 1000): Promise<{ due: number; failed: number }> {
  const count = async (pk: string, upTo?: string) => {
    const out = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: 'gsi1',
        KeyConditionExpression: upTo ? 'gsi1pk = :p AND gsi1sk <= :to' : 'gsi1pk = :p',
        ExpressionAttributeValues: upTo ? { ':p': pk, ':to': upTo } : { ':p': pk },
        Select: 'COUNT',
        Limit: cap,
      }),
    );
    return out.Count ?? 0;
  };
  const [due, failed] = await Promise.all([
    Promise.all(pendingKeys().map((k) => count(k, `${now.toISOString()}#~`))).then((n) => Math.min(cap, n.reduce((a, b) => a + b, 0))),
    count(FAILED),
  ]);
  return { due, failed };
}
