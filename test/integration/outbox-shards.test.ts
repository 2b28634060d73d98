import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { outboxBacklog } from '../../server/store/outbox-backlog.js';
import { listDue, outboxPut, PENDING, PENDING_SHARDS, type OutboxMessage } from '../../server/store/outbox.js';
import { createTestEnv, type TestEnv } from '../helpers/test-app.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

const message = (i: number, at: Date): OutboxMessage => ({
  id: randomUUID(),
  channel: 'email',
  to: `shard-${i}@example.in`,
  kind: 'booking_confirmed',
  lang: 'en',
  subject: `Message ${i}`,
  text: `Body ${i}`,
  createdAt: new Date(at.getTime() - (100 - i) * 1000).toISOString(),
});

it('spreads pending messages over the index keys, lists the due ones oldest first, and sends every one', async () => {
  const now = env.clock.now();
  const puts = Array.from({ length: 40 }, (_, i) => outboxPut(env.db.table, message(i, now)));
  for (const p of puts) await env.db.doc.send(new PutCommand(p.Put));
  // One message from before the split, under the bare key: still read.
  const legacy = outboxPut(env.db.table, message(-50, now)).Put;
  await env.db.doc.send(new PutCommand({ ...legacy, Item: { ...legacy.Item, gsi1pk: PENDING } }));

  const keys = new Set(puts.map((p) => p.Put.Item.gsi1pk as string));
  expect(keys.size).toBeGreaterThanOrEqual(PENDING_SHARDS / 2);
  expect([...keys].every((k) => /^OUTBOX#PENDING#\d\d$/.test(k))).toBe(true);

  const due = await listDue(env.db, now, 25);
  expect(due.length).toBeGreaterThan(0);
  expect(due.length).toBeLessThanOrEqual(25);
  expect(due[0].to).toBe('shard--50@example.in');
  const order = due.map((m) => m.dueAt);
  expect(order).toEqual([...order].sort());
  expect(await outboxBacklog(env.db, now)).toEqual({ due: 41, failed: 0 });

  let sent = 0;
  for (let pass = 0; pass < 10 && sent < 41; pass++) sent += await env.flushOutbox();
  expect(sent).toBe(41);
  expect(env.sink.mailbox.list().filter((m) => m.to.startsWith('shard-'))).toHaveLength(41);
  expect(await outboxBacklog(env.db, now)).toEqual({ due: 0, failed: 0 });
});
