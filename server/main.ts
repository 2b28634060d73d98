/**
 * Composition root: settings → embedded services (local mode) → store → services → app → listen.
 * `npm start` runs this.
 */
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { DEFAULT_RATE_LIMITS } from './auth/rate-limiter.js';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_ACCOUNTS, loadDemoData } from './local/demo-data.js';
import { ensureDemoKiosk } from './local/demo-kiosk.js';
import { startEmbedded, type Embedded } from './local/embedded.js';
import { JavaMissingError } from './local/java.js';
import { httpMailboxReader } from './local/mailbox-reader.js';
import { loadOrCreateSecret } from './local/secret.js';
import { createLog } from './log.js';
import { Dispatcher } from './notify/dispatcher.js';
import { waitlistTasks } from './booking/waitlist-work.js';
import { createSnsPublisher } from './notify/sns-publisher.js';
import { createDb } from './store/db.js';
import { ensureTable } from './store/table.js';
import { keyringFromSettings, loadOrCreateLocalKeyring } from './tickets/keys.js';
import { startPaymentSweep } from './booking/payment-sweep.js';
import { startWaitlistSweep } from './booking/waitlist-sweep.js';
import { TestGateway } from './booking/test-gateway.js';
import { slowGateway } from './local/slow-gateway.js';
import { Lifecycle } from './ops/lifecycle.js';

const startedAt = Date.now();
let config;
try {
  config = loadConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
const log = createLog(config.logLevel);
const clock = () => new Date();
let embedded: Embedded | null = null;

async function stopChildren(): Promise<void> {
  const e = embedded;
  embedded = null;
  await e?.stop().catch(() => undefined);
}

process.on('uncaughtException', (err) => {
  log('error', 'crashed', { error: err.message, stack: err.stack });
  void stopChildren().finally(() => process.exit(1));
});
process.on('unhandledRejection', (err) => {
  log('error', 'crashed', { error: (err as Error)?.message, stack: (err as Error)?.stack });
  void stopChildren().finally(() => process.exit(1));
});

try {
  const local = config.mode === 'local';
  if (local) {
    embedded = await startEmbedded({
      dataDir: config.dataDir,
      dynamodbEndpoint: config.dynamodbEndpoint,
      snsEndpoint: config.snsEndpoint,
    });
  }
  const dynamodbEndpoint = embedded?.dynamodbEndpoint ?? config.dynamodbEndpoint;
  const snsEndpoint = embedded?.snsEndpoint ?? config.snsEndpoint;
  const appSecret = config.appSecret ?? loadOrCreateSecret(join(resolve(config.dataDir), 'app-secret'));
  const ticketKeys = config.ticketKeys
    ? keyringFromSettings(config.ticketKeys)
    : loadOrCreateLocalKeyring(join(resolve(config.dataDir), 'ticket-keys.json'), clock());

  const db = createDb({ endpoint: dynamodbEndpoint, region: config.region, tableName: config.tableName });
  await ensureTable(db);
  if (local) {
    const demo = await loadDemoData(db, { demoPassword: config.demoPassword, now: clock() });
    log('info', 'demo data ready', demo);
    const kiosk = await ensureDemoKiosk(db, { tokenFile: join(resolve(config.dataDir), 'demo-kiosk-token'), now: clock() });
    log('info', 'demo kiosk ready', kiosk);
  }

  const publisher = createSnsPublisher({ endpoint: snsEndpoint, region: config.region, topicName: config.snsTopic });
  // SNS down at start must not keep the site down: messages wait in the outbox and go out later.
  await publisher.ensureTopic().catch((err: unknown) =>
    log('warn', 'SNS is not reachable; messages wait in the outbox', { error: (err as Error).message }),
  );
  const dispatcher: Dispatcher = new Dispatcher({
    db,
    publisher,
    clock,
    log: (msg, extra) => log('warn', msg, extra),
    tasks: waitlistTasks({ db, clock, publicUrl: config.publicUrl, messagesWaiting: () => dispatcher.kick(), log }),
  });
  dispatcher.start();

  if (config.testGatewayDelayMs) log('warn', `TEST_GATEWAY_DELAY_MS=${config.testGatewayDelayMs}: the test payment gateway is slowed down (fault tests only)`);
  if (config.rateLimits === 'off') log('warn', 'RATE_LIMITS=off: login and sign-up rate limits are DISABLED (load tests only)');

  const lifecycle = new Lifecycle();
  // The built-in test gateway (no real provider is wired yet); slowed down for fault tests.
  const testGateway = new TestGateway(db, clock);
  const gateway = config.testGatewayDelayMs ? slowGateway(testGateway, config.testGatewayDelayMs) : testGateway;
  const app = createApp({
    config,
    db,
    appSecret,
    clock,
    log,
    rateLimits: config.rateLimits === 'off' ? 'off' : DEFAULT_RATE_LIMITS,
    messagesWaiting: () => dispatcher.kick(),
    mailbox: local && snsEndpoint ? httpMailboxReader(snsEndpoint) : undefined,
    ticketKeys,
    posterDir: join(resolve(config.dataDir), 'posters'),
    lifecycle,
    gateway,
  });

  // Bookings whose server died mid-payment get their money settled (captured or voided).
  const sweep = startPaymentSweep({ db, gateway, clock, log });
  // Holds that expired on a show with a waitlist are announced within about a minute.
  const waitSweep = startWaitlistSweep({ db, clock, publicUrl: config.publicUrl, messagesWaiting: () => dispatcher.kick(), log });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const url = `http://localhost:${info.port}`;
    const lines = [
      '',
      `Movie Magic is running at ${url}  (${config.mode} mode, ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
    ];
    if (local) {
      lines.push(
        `  data folder:   ${resolve(config.dataDir)}`,
        `  mailbox:       ${url}/dev/mailbox`,
        `  kiosk:         npm run kiosk → http://localhost:${config.kioskPort} (demo box office, sign in as staff)`,
        `  demo accounts (password: ${config.demoPassword}):`,
        `    owner     ${DEMO_ACCOUNTS.owner}`,
        `    staff     ${DEMO_ACCOUNTS.staff}`,
        `    customer  ${DEMO_ACCOUNTS.customer}`,
      );
    }
    lines.push('Press Ctrl-C to stop.', '');
    console.log(lines.join('\n'));
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', 'stopping', { signal, inFlight: lifecycle.requestsInFlight });
    const force = setTimeout(() => process.exit(1), 30_000);
    // /readyz turns 503 and no new connection is accepted; requests already inside finish
    // (a booking mid-payment completes and answers). Then what is still open is idle
    // keep-alives and live seat-map streams, which are cut: browsers reconnect elsewhere.
    lifecycle.startDraining();
    const closed = new Promise<void>((r) => server.close(() => r()));
    const drained = await lifecycle.idle(25_000);
    await new Promise((r) => setTimeout(r, 100));
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    await closed;
    log(drained ? 'info' : 'warn', drained ? 'requests finished' : 'requests still running at shutdown', { inFlight: lifecycle.requestsInFlight });
    await Promise.all([dispatcher.stop(), sweep.stop(), waitSweep.stop()]);
    db.client.destroy();
    await stopChildren();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (err) {
  await stopChildren();
  if (err instanceof JavaMissingError) {
    console.error(err.message);
    process.exit(err.exitCode);
  }
  console.error(`Movie Magic could not start: ${(err as Error).message}`);
  process.exit(1);
}
