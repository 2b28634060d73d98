import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../../server/auth/password.js';
import { loadDemoData } from '../../server/local/demo-data.js';
import { startSnsSink, type RunningSnsSink } from '../../server/local/sns-sink.js';
import { createDb, type Db } from '../../server/store/db.js';
import { ensureTable } from '../../server/store/table.js';
import { createUser } from '../../server/store/users.js';
import { startServer, type ServerProcess } from './server-process.js';
import { productionEnv, seedSmallWorld, SMALL_WORLD_ORIGIN } from './small-world.js';

export interface Cluster {
  servers: ServerProcess[];
  urls: string[];
  /** The Origin browsers send: the public URL in production mode, else each server's own. */
  origin?: string;
  db: Db;
  sink: RunningSnsSink;
  /** Starts one more server process on the same store (same settings). */
  addServer(env?: Record<string, string>): Promise<ServerProcess>;
  stop(): Promise<void>;
}

/**
 * N server processes as they run behind a load balancer: one store (the DynamoDB Local at
 * `dynamoEndpoint`, a table of their own), one SNS sink, the same settings, nothing else shared.
 * `small` (the default) runs them in production mode on the small world (small-world.ts), so they
 * start in seconds; `demo` runs local mode on the demo world, loaded once up front so the servers
 * do not race to load it.
 */
export async function startCluster(opts: { n: number; dynamoEndpoint: string; world?: 'small' | 'demo'; env?: Record<string, string> }): Promise<Cluster> {
  const tableName = `cluster-${randomUUID()}`;
  const db = createDb({ endpoint: opts.dynamoEndpoint, region: 'ap-south-1', tableName });
  await ensureTable(db);
  const small = (opts.world ?? 'small') === 'small';
  if (small) await seedSmallWorld(db);
  else await loadDemoData(db, { demoPassword: 'moviemagic-demo', now: new Date() });
  const sink = await startSnsSink({ port: 0, host: '127.0.0.1' });
  const env = {
    DYNAMODB_ENDPOINT: opts.dynamoEndpoint,
    SNS_ENDPOINT: sink.url,
    TABLE_NAME: tableName,
    APP_SECRET: randomBytes(32).toString('base64url'),
    ...(small ? productionEnv() : {}),
    ...opts.env,
  };
  const dirs: string[] = [];
  const servers: ServerProcess[] = [];
  const addServer = async (extra: Record<string, string> = {}) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mm-cluster-'));
    dirs.push(dataDir);
    const s = await startServer({ dataDir, env: { ...env, ...extra } });
    servers.push(s);
    return s;
  };
  await Promise.all(Array.from({ length: opts.n }, () => addServer()));
  return {
    servers,
    origin: small ? SMALL_WORLD_ORIGIN : undefined,
    get urls() {
      return servers.filter((s) => s.child.exitCode === null && s.child.signalCode === null).map((s) => s.url);
    },
    db,
    sink,
    addServer,
    async stop() {
      await Promise.all(servers.map((s) => s.stop()));
      await sink.close();
      db.client.destroy();
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    },
  };
}

/** Verified customers made straight in the store, all with `password`. */
export async function makeCustomers(db: Db, n: number, password = 'cluster-customer-password'): Promise<{ email: string; password: string }[]> {
  const passwordHash = await hashPassword(password);
  const out: { email: string; password: string }[] = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    const email = `load-${id.slice(0, 8)}@example.in`;
    await createUser(db, { id, email, name: `Load ${i}`, phone: null, emailVerified: true, roles: [], createdAt: new Date().toISOString(), passwordHash });
    out.push({ email, password });
  }
  return out;
}
