import { randomUUID } from 'node:crypto';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { DEFAULT_RATE_LIMITS } from '../../server/auth/rate-limiter.js';
import { freePort } from '../../server/local/free-port.js';
import { Lifecycle } from '../../server/ops/lifecycle.js';
import { metrics } from '../../server/ops/metrics.js';
import { createDb } from '../../server/store/db.js';
import { isStoreFailure } from '../../server/store/store-errors.js';
import { isPureConflict } from '../../server/store/transaction-conflicts.js';
import { Client } from '../helpers/http.js';
import { createTestEnv, ORIGIN, type TestEnv } from '../helpers/test-app.js';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(() => env.close());

describe('transaction conflicts', () => {
  it('tells a pure conflict from a refused condition', () => {
    const cancelled = (...codes: string[]) => Object.assign(new Error('cancelled'), { name: 'TransactionCanceledException', CancellationReasons: codes.map((Code) => ({ Code })) });
    expect(isPureConflict(cancelled('None', 'TransactionConflict'))).toBe(true);
    expect(isPureConflict(cancelled('ConditionalCheckFailed', 'TransactionConflict'))).toBe(false);
    expect(isPureConflict(cancelled('ConditionalCheckFailed', 'None'))).toBe(false);
    expect(isPureConflict(new Error('other'))).toBe(false);
  });

  it('runs a transaction that lost a conflict again, with a fresh client token, until it commits once', async () => {
    // DynamoDB Local queues colliding transactions instead of cancelling them, so the conflict is
    // made here: the first two sends of this transaction are cancelled as DynamoDB would.
    const db = createDb({ endpoint: inject('dynamoEndpoint'), region: 'ap-south-1', tableName: env.db.table });
    const tokens: string[] = [];
    let cancelled = 0;
    db.client.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand') {
          const body = (args as { request?: { body?: string | Uint8Array } }).request?.body ?? '{}';
          const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
          tokens.push((JSON.parse(text) as { ClientRequestToken?: string }).ClientRequestToken ?? '');
          if (cancelled < 2) {
            cancelled++;
            throw Object.assign(new Error('Transaction cancelled [None, TransactionConflict]'), {
              name: 'TransactionCanceledException',
              CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
            });
          }
        }
        return next(args);
      },
      { step: 'build', name: 'injectConflicts' },
    );
    const before = metrics.conflicts.get({ outcome: 'retry' });
    const counter = { pk: `T#${randomUUID()}`, sk: 'COUNTER' };
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Update: { TableName: db.table, Key: counter, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } } },
          { Put: { TableName: db.table, Item: { pk: `T#${randomUUID()}`, sk: 'ONE' }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      }),
    );
    expect(metrics.conflicts.get({ outcome: 'retry' }) - before).toBe(2);
    expect(new Set(tokens).size).toBe(3);
    expect((await env.scanAll()).find((i) => i.pk === counter.pk)?.n).toBe(1);

    // A cancellation with a failed condition is an answer, not retried.
    cancelled = 0;
    const seat = { pk: `T#${randomUUID()}`, sk: 'SEAT' };
    await db.doc.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: db.table, Item: seat } }] }));
    cancelled = 2;
    const sends = tokens.length;
    const refused: unknown = await db.doc
      .send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: db.table, Item: seat, ConditionExpression: 'attribute_not_exists(pk)' } }] }))
      .catch((err: unknown) => err);
    expect((refused as { name?: string }).name).toBe('TransactionCanceledException');
    expect(tokens.length - sends).toBe(1);
    db.client.destroy();
  });

  it('runs 24 transactions on one item at once, each exactly once', async () => {
    const counter = { pk: `T#${randomUUID()}`, sk: 'COUNTER' };
    const results = await Promise.allSettled(
      Array.from({ length: 24 }, (_, i) =>
        env.db.doc.send(
          new TransactWriteCommand({
            TransactItems: [
              { Update: { TableName: env.db.table, Key: counter, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } } },
              { Put: { TableName: env.db.table, Item: { pk: `T#${randomUUID()}`, sk: `ONE#${i}` }, ConditionExpression: 'attribute_not_exists(pk)' } },
            ],
          }),
        ),
      ),
    );
    const failed = results.filter((r) => r.status === 'rejected');
    expect((await env.scanAll()).find((i) => i.pk === counter.pk)?.n).toBe(results.length - failed.length);
    for (const f of failed) expect(isStoreFailure((f as PromiseRejectedResult).reason)).toBe(true);
  });
});

describe('store unreachable', () => {
  it('answers 503 store_unavailable (never 500) on the API and pages, fails /healthz and /readyz, keeps /livez up', async () => {
    const port = await freePort();
    const deadDb = createDb({ endpoint: `http://127.0.0.1:${port}`, region: 'ap-south-1', tableName: 'nowhere' });
    const app = createApp({
      config: { allowedOrigins: [ORIGIN], publicUrl: ORIGIN, secureCookies: false, holdMinutes: 10 },
      db: deadDb,
      appSecret: 'test-secret-test-secret-test-secret-0123456789',
      clock: () => new Date(),
      log: () => undefined,
      rateLimits: DEFAULT_RATE_LIMITS,
      messagesWaiting: () => undefined,
    });
    const c = new Client(app);
    const started = Date.now();
    for (const path of ['/api/v1/cities', '/api/v1/showtimes/some-show/seats', '/', '/movies/some-movie']) {
      const res = await c.get(path);
      expect(res.status, path).toBe(503);
      if (path.startsWith('/api/')) expect(((await res.json()) as { error: { code: string } }).error.code).toBe('store_unavailable');
    }
    const login = await c.post('/api/v1/auth/login', { email: 'someone@example.in', password: 'whatever-password' });
    expect(login.status).toBe(503);
    expect((await c.get('/healthz')).status).toBe(503);
    expect((await c.get('/readyz')).status).toBe(503);
    expect((await c.get('/livez')).status).toBe(200);
    // Refused connections fail fast: three attempts with jittered backoff, not a hang.
    expect(Date.now() - started).toBeLessThan(15_000);
    deadDb.client.destroy();
  });
});

describe('probes', () => {
  it('says ready while the store answers, and 503 draining once shutdown begins', async () => {
    const lifecycle = new Lifecycle();
    const app = createApp({
      config: { allowedOrigins: [ORIGIN], publicUrl: ORIGIN, secureCookies: false, holdMinutes: 10 },
      db: env.db,
      appSecret: 'test-secret-test-secret-test-secret-0123456789',
      clock: env.clock.now,
      log: () => undefined,
      rateLimits: DEFAULT_RATE_LIMITS,
      messagesWaiting: () => undefined,
      lifecycle,
    });
    expect(await (await app.request('/healthz')).json()).toEqual({ status: 'ok' });
    expect((await app.request('/readyz')).status).toBe(200);
    lifecycle.startDraining();
    const res = await app.request('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'draining' });
    // /healthz keeps API.md's meaning (the store answers) while draining.
    expect((await app.request('/healthz')).status).toBe(200);
  });
});
