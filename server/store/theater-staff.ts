import { BatchGetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db.js';
import { staffOfPk } from './staff-index.js';
import { userFromItem, type UserRecord } from './users.js';

/** The users with a role at `theaterId` now, with their password hashes. */
export async function staffOfTheater(db: Db, theaterId: string): Promise<UserRecord[]> {
  const ids: string[] = [];
  const pages = paginateQuery({ client: db.doc }, { TableName: db.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': staffOfPk(theaterId) } });
  for await (const out of pages) ids.push(...(out.Items ?? []).map((i) => i.userId as string));

  const users: UserRecord[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    let keys: Record<string, unknown>[] = ids.slice(i, i + 100).map((id) => ({ pk: `USER#${id}`, sk: 'PROFILE' }));
    for (let attempt = 0; keys.length; attempt++) {
      if (attempt > 8) throw new Error('DynamoDB kept keys unprocessed');
      const out = await db.doc.send(new BatchGetCommand({ RequestItems: { [db.table]: { Keys: keys } } }));
      users.push(...(out.Responses?.[db.table] ?? []).map(userFromItem));
      keys = (out.UnprocessedKeys?.[db.table]?.Keys ?? []) as Record<string, unknown>[];
      if (keys.length) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  }
  return users.filter((u) => u.roles.some((g) => g.theaterIds.includes(theaterId)));
}
