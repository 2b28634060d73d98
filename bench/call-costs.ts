import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { BenchEnv } from './setup.js';
import { cpuSpan } from './stats.js';

export interface CallCost {
  label: string;
  calls: number;
  /** CPU per call of this Node process and of the DynamoDB Local JVM. */
  nodeMs: number;
  jvmMs: number;
}

async function measure(env: BenchEnv, label: string, calls: number, concurrency: number, call: (i: number) => Promise<unknown>): Promise<CallCost> {
  let next = 0;
  const end = cpuSpan(env.dynamo.pid);
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) await call(next++);
    }),
  );
  const s = end();
  return { label, calls, nodeMs: (s.nodeCpuS * 1000) / calls, jvmMs: (s.dynamoCpuS * 1000) / calls };
}

/**
 * What one call of each kind costs in CPU (Node and the DynamoDB Local JVM), so the gap between
 * the app and the bare transactions can be split into its parts.
 */
export async function callCosts(env: BenchEnv, opts: { soldOutShow: string }): Promise<{ seatMapRead: CallCost; singleItem: CallCost[] }> {
  const { db } = env;
  const c = env.customers[2].client;
  const userKey = { pk: `USER#${env.customers[2].userId}`, sk: 'PROFILE' };
  const seatMapRead = await measure(env, 'seat map read through the app (sold out: 1,200 seat items), client parses it', 30, 2, async () => {
    const res = await c.get(`/api/v1/showtimes/${encodeURIComponent(opts.soldOutShow)}/seats`);
    await res.json();
  });
  const singleItem = [
    await measure(env, 'GetItem, consistent', 400, 8, () => db.doc.send(new GetCommand({ TableName: db.table, Key: userKey, ConsistentRead: true }))),
    await measure(env, 'PutItem, ~300 B', 400, 8, (i) =>
      db.doc.send(new PutCommand({ TableName: db.table, Item: { pk: `BENCHPUT#${i}`, sk: 'X', type: 'bench', payload: 'x'.repeat(250) } })),
    ),
    await measure(env, 'UpdateItem, ADD a counter', 400, 8, (i) =>
      db.doc.send(
        new UpdateCommand({ TableName: db.table, Key: { pk: `BENCHPUT#${i}`, sk: 'X' }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } }),
      ),
    ),
  ];
  return { seatMapRead, singleItem };
}
