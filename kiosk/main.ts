/**
 * The kiosk node's composition root: settings → SQLite (migrated) → keys → sync engine → app →
 * listen. `npm run kiosk` runs this beside `npm start`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { createKioskApp } from './app.js';
import { KioskConfigError, loadKioskConfig, type KioskConfig } from './config.js';
import type { KioskContext, KioskLog } from './context.js';
import { loadKeys } from './keys.js';
import { openKioskDb } from './db/open-db.js';
import { getMeta, setMeta } from './db/meta.js';
import { sendOnlineSale } from './sales/online-sale.js';
import { serverClient } from './sync/server-client.js';
import { SyncEngine } from './sync/sync-engine.js';

function settings(): KioskConfig {
  try {
    return loadKioskConfig(process.env);
  } catch (err) {
    if (!(err instanceof KioskConfigError)) throw err;
    console.error(err.message);
    process.exit(2);
  }
}
const config = settings();
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
const log: KioskLog = (level, msg, extra) => {
  if (LEVELS[level] < LEVELS[config.logLevel]) return;
  console.log(JSON.stringify({ at: new Date().toISOString(), level, msg, ...extra }));
};
const clock = () => new Date();

/** Local mode: the server writes the demo kiosk's token at its start; wait for it a while. */
async function findToken(): Promise<string> {
  if (config.token) return config.token;
  for (let waited = 0; waited <= 120; waited++) {
    if (existsSync(config.demoTokenFile)) return readFileSync(config.demoTokenFile, 'utf8').trim();
    if (waited % 10 === 0) console.log(`Waiting for the demo kiosk's token at ${config.demoTokenFile} (start the server with npm start, or set KIOSK_TOKEN)…`);
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.error(`No kiosk token: ${config.demoTokenFile} did not appear. Start the server first, or set KIOSK_TOKEN.`);
  process.exit(2);
}

const token = await findToken();
const kioskId = token.split('.')[1];
const db = openKioskDb(config.dbFile);
const previous = getMeta(db, 'kioskId');
if (previous && previous !== kioskId) log('warn', 'this SQLite file belonged to another kiosk registration', { previous, now: kioskId });
setMeta(db, 'kioskId', kioskId);
const keys = loadKeys(db);

const server = serverClient({ url: config.serverUrl, token: () => token, clock });
const ctx = { db, clock, kioskId, signingKey: keys.signingKey, server, log } as Omit<KioskContext, 'sync'> as KioskContext;
ctx.sync = new SyncEngine({
  db,
  server,
  clock,
  publicKey: keys.publicKey,
  token,
  intervalMs: config.syncIntervalMs,
  pushBatch: config.pushBatch,
  log,
  resendOnlineSale: (row) => sendOnlineSale(ctx, row, 'fail'),
});

const origins = [`http://localhost:${config.port}`, `http://127.0.0.1:${config.port}`];
const app = createKioskApp(ctx, { secret: keys.secret, allowedOrigins: origins });
const httpServer = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(
    [
      '',
      `Movie Magic kiosk is running at http://localhost:${info.port}  (kiosk ${kioskId}, server ${config.serverUrl})`,
      `  SQLite:  ${config.dbFile}`,
      `  Sign in with a staff account of this kiosk's theater (local mode: staff@demo.moviemagic.in).`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
});
ctx.sync.start();

const shutdown = (signal: string) => {
  log('info', 'stopping', { signal });
  ctx.sync.stop();
  httpServer.close(() => {
    db.$client.close();
    process.exit(0);
  });
  setTimeout(() => process.exit(0), 3000).unref();
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
