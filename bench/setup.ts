import { randomUUID } from 'node:crypto';
import { createApp } from '../server/app.js';
import { hashPassword } from '../server/auth/password.js';
import { demoShowtimes, loadDemoData } from '../server/local/demo-data.js';
import { startDynamoDbLocal, type DynamoDbLocal } from '../server/local/dynamodb-local.js';
import { freePort } from '../server/local/free-port.js';
import { createDb, type Db } from '../server/store/db.js';
import { ensureTable } from '../server/store/table.js';
import { createUser } from '../server/store/users.js';
import { CapacityMeter } from './capacity.js';
import { BENCH_ORIGIN, BenchClient } from './http-client.js';

export const GRAND_HALL = 'hitech-screens-1';
const PASSWORD = 'bench-customer-password';

export interface BenchCustomer {
  client: BenchClient;
  userId: string;
  email: string;
  name: string;
}

/** Which showtime each phase sells, so no phase sees another's seats. */
export interface BenchShows {
  warmDirect: string;
  warmApp: string;
  directBefore: string;
  flash: string;
  directAfter: string;
  seatMap: string;
  liveUpdates: string;
}

export interface BenchEnv {
  dynamo: DynamoDbLocal;
  db: Db;
  meter: CapacityMeter;
  app: ReturnType<typeof createApp>;
  customers: BenchCustomer[];
  shows: BenchShows;
  close(): Promise<void>;
}

function pickShows(now: Date): BenchShows {
  const soon = now.getTime() + 3 * 3600_000;
  const later = demoShowtimes(now)
    .filter((s) => Date.parse(s.startsAt) > soon)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.id.localeCompare(b.id));
  const grand = later.filter((s) => s.screenId === GRAND_HALL).map((s) => s.id);
  const tomorrow = now.getTime() + 20 * 3600_000;
  const flash = later.find((s) => s.screenId === GRAND_HALL && s.id.endsWith('-2030') && Date.parse(s.startsAt) > tomorrow)?.id;
  const others = grand.filter((id) => id !== flash);
  if (!flash || others.length < 6) throw new Error('the demo data has too few future showtimes for the bench');
  return {
    warmDirect: others[4],
    warmApp: others[5],
    directBefore: others[0],
    flash,
    directAfter: others[1],
    seatMap: others[2],
    liveUpdates: others[3],
  };
}

/**
 * One in-memory DynamoDB Local, a fresh table with the demo data, the real app built in-process
 * (rate limits off, the built-in TestGateway, real clock) and `customers` verified customers,
 * each signed in once through the API.
 */
export async function createBenchEnv(opts: { customers: number }): Promise<BenchEnv> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  try {
    // A 3 s call timeout is right for a server, but on this shared 2-core box other work can stall
    // the JVM past it and end a whole run; the bench waits longer (a slow call still counts).
    const db = createDb({ endpoint: dynamo.endpoint, region: 'ap-south-1', tableName: `bench-${randomUUID().slice(0, 8)}`, requestTimeoutMs: 20_000 });
    const meter = new CapacityMeter();
    meter.install(db.client);
    await ensureTable(db);
    const now = new Date();
    await loadDemoData(db, { demoPassword: 'bench-demo-password', now });

    const app = createApp({
      config: { allowedOrigins: [BENCH_ORIGIN], publicUrl: BENCH_ORIGIN, secureCookies: false, holdMinutes: 10 },
      db,
      appSecret: 'bench-secret-bench-secret-bench-secret-0123456789',
      clock: () => new Date(),
      log: (level, msg, extra) => {
        if (level === 'error') console.error(msg, extra);
      },
      rateLimits: 'off',
      messagesWaiting: () => undefined,
    });

    const passwordHash = await hashPassword(PASSWORD);
    const customers = await Promise.all(
      Array.from({ length: opts.customers }, async (_, i) => {
        const userId = randomUUID();
        const email = `bench-${i}-${userId.slice(0, 6)}@example.in`;
        const name = `Bench Customer ${i + 1}`;
        await createUser(db, { id: userId, email, name, phone: null, emailVerified: true, roles: [], createdAt: now.toISOString(), passwordHash });
        const client = new BenchClient(app);
        const res = await client.post('/api/v1/auth/login', { email, password: PASSWORD });
        if (res.status !== 200) throw new Error(`login of ${email} failed: ${res.status} ${await res.text()}`);
        return { client, userId, email, name };
      }),
    );

    return {
      dynamo,
      db,
      meter,
      app,
      customers,
      shows: pickShows(now),
      async close() {
        db.client.destroy();
        await dynamo.stop();
      },
    };
  } catch (err) {
    await dynamo.stop();
    throw err;
  }
}
