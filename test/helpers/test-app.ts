import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { inject } from 'vitest';
import { createApp, type AppDeps } from '../../server/app.js';
import type { PaymentGateway } from '../../server/booking/payment-gateway.js';
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from '../../server/auth/rate-limiter.js';
import { startSnsSink, type RunningSnsSink } from '../../server/local/sns-sink.js';
import { Dispatcher } from '../../server/notify/dispatcher.js';
import { waitlistTasks } from '../../server/booking/waitlist-work.js';
import { createSnsPublisher } from '../../server/notify/sns-publisher.js';
import { createDb, type Db } from '../../server/store/db.js';
import { ensureTable } from '../../server/store/table.js';

export const ORIGIN = 'http://localhost:3000';

/** A clock tests move by hand: nothing sleeps. */
export class TestClock {
  constructor(private t = new Date('2026-12-01T06:30:00Z')) {}
  now = () => new Date(this.t);
  advance(ms: number) {
    this.t = new Date(this.t.getTime() + ms);
  }
}

export interface TestEnv {
  app: ReturnType<typeof createApp>;
  db: Db;
  clock: TestClock;
  sink: RunningSnsSink;
  dispatcher: Dispatcher;
  /** Sends what the outbox holds, now. */
  flushOutbox(): Promise<number>;
  /** Every item in this file's table (tests only; the app itself never scans). */
  scanAll(): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

/**
 * The real app on a real DynamoDB Local (a fresh table per call) with the real SNS sink and
 * publisher. Only the clock is the test's own.
 */
export async function createTestEnv(
  opts: { rateLimits?: RateLimitSettings | 'off'; clock?: TestClock; gateway?: (db: Db, clock: TestClock) => PaymentGateway } = {},
): Promise<TestEnv> {
  const db = createDb({ endpoint: inject('dynamoEndpoint'), region: 'ap-south-1', tableName: `t-${randomUUID()}` });
  await ensureTable(db);
  const clock = opts.clock ?? new TestClock();
  const sink = await startSnsSink({ port: 0, host: '127.0.0.1' });
  const publisher = createSnsPublisher({ endpoint: sink.url, region: 'ap-south-1', topicName: 'test-notifications' });
  await publisher.ensureTopic();
  const dispatcher = new Dispatcher({
    db,
    publisher,
    clock: clock.now,
    tasks: waitlistTasks({ db, clock: clock.now, publicUrl: ORIGIN, messagesWaiting: () => undefined, log: () => undefined }),
  });
  const deps: AppDeps = {
    config: { allowedOrigins: [ORIGIN, 'http://127.0.0.1:3000'], publicUrl: ORIGIN, secureCookies: false, holdMinutes: 10 },
    db,
    appSecret: 'test-secret-test-secret-test-secret-0123456789',
    clock: clock.now,
    log: (level, msg, extra) => {
      if (level === 'error') console.error(msg, extra);
    },
    rateLimits: opts.rateLimits ?? DEFAULT_RATE_LIMITS,
    messagesWaiting: () => undefined,
    mailbox: { list: async () => sink.mailbox.list() },
    gateway: opts.gateway?.(db, clock),
    posterDir: mkdtempSync(join(tmpdir(), 'mm-posters-')),
  };
  return {
    app: createApp(deps),
    db,
    clock,
    sink,
    dispatcher,
    flushOutbox: () => dispatcher.runOnce(),
    async scanAll() {
      const items: Record<string, unknown>[] = [];
      let ExclusiveStartKey: Record<string, unknown> | undefined;
      do {
        const out = await db.doc.send(new ScanCommand({ TableName: db.table, ExclusiveStartKey }));
        items.push(...(out.Items ?? []));
        ExclusiveStartKey = out.LastEvaluatedKey;
      } while (ExclusiveStartKey);
      return items;
    },
    async close() {
      await dispatcher.stop();
      await sink.close();
      await db.client.send(new DeleteTableCommand({ TableName: db.table })).catch(() => undefined);
      if (deps.posterDir) rmSync(deps.posterDir, { recursive: true, force: true });
      db.client.destroy();
    },
  };
}
