/**
 * Booking latency with SNS down as a ratio to SNS up, in one run (issue 5; goal ≤ 1.1, the old
 * system's was ~1,400×). The real app in-process on DynamoDB Local, the in-repo SNS sink and a
 * dispatcher kicked after every booking, as in the server. Blocks of bookings alternate between
 * the sink up and down (its fault switch), so drift in the machine's load hits both sides.
 * Afterwards the sink comes back and every confirmation must arrive.
 *
 *   node --import tsx bench/notify-latency.ts     (or call notifyLatency() from bench/run.ts)
 */
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createApp } from '../server/app.js';
import { hashPassword } from '../server/auth/password.js';
import { demoShowtimes, loadDemoData } from '../server/local/demo-data.js';
import { startDynamoDbLocal, type DynamoDbLocal } from '../server/local/dynamodb-local.js';
import { freePort } from '../server/local/free-port.js';
import { startSnsSink } from '../server/local/sns-sink.js';
import { Dispatcher } from '../server/notify/dispatcher.js';
import { createSnsPublisher } from '../server/notify/sns-publisher.js';
import { createDb } from '../server/store/db.js';
import { ensureTable } from '../server/store/table.js';
import { createUser } from '../server/store/users.js';
import { BENCH_ORIGIN, BenchClient } from './http-client.js';
import { ms, percentile } from './stats.js';

export interface NotifyLatencyResult {
  bookingsPerSide: number;
  up: { median: number; p95: number; mean: number };
  down: { median: number; p95: number; mean: number };
  /** median(down) / median(up) */
  ratio: number;
  failedBookings: number;
  /** Confirmations of the bookings made while SNS was down that arrived after it came back. */
  deliveredAfterRecovery: number;
  recoveryS: number;
}

const summary = (xs: number[]) => ({ median: percentile(xs, 50), p95: percentile(xs, 95), mean: xs.reduce((a, b) => a + b, 0) / xs.length });

export async function notifyLatency(opts: { dynamoEndpoint?: string; blocks?: number; blockSize?: number } = {}): Promise<NotifyLatencyResult> {
  const blocks = opts.blocks ?? 6;
  const blockSize = opts.blockSize ?? 10;
  let dynamo: DynamoDbLocal | null = null;
  const endpoint = opts.dynamoEndpoint ?? (dynamo = await startDynamoDbLocal({ port: await freePort() })).endpoint;
  const db = createDb({ endpoint, region: 'ap-south-1', tableName: `bench-notify-${randomUUID().slice(0, 8)}` });
  const sink = await startSnsSink({ port: 0 });
  const dispatcher = new Dispatcher({
    db,
    publisher: createSnsPublisher({ endpoint: sink.url, region: 'ap-south-1', topicName: 'bench-notifications' }),
    clock: () => new Date(),
  });
  const fault = (down: boolean) => fetch(`${sink.url}/_fault`, { method: 'POST', body: JSON.stringify({ down }) });
  try {
    await ensureTable(db);
    const now = new Date();
    await loadDemoData(db, { demoPassword: 'bench-demo-password', now });
    dispatcher.start();
    const app = createApp({
      config: { allowedOrigins: [BENCH_ORIGIN], publicUrl: BENCH_ORIGIN, secureCookies: false, holdMinutes: 10 },
      db,
      appSecret: 'bench-secret-bench-secret-bench-secret-0123456789',
      clock: () => new Date(),
      log: (level, msg, extra) => {
        if (level === 'error') console.error(msg, extra);
      },
      rateLimits: 'off',
      messagesWaiting: () => dispatcher.kick(),
    });

    // The 1,200-seat hall, the day after tomorrow: seats for every booking, reminders included.
    const show = demoShowtimes(now).find((s) => s.screenId === 'hitech-screens-1' && Date.parse(s.startsAt) > now.getTime() + 40 * 3600_000);
    if (!show) throw new Error('no 1,200-seat show two days ahead in the demo data');
    const passwordHash = await hashPassword('bench-customer-password');
    const total = 2 * blocks * blockSize + blockSize;
    const clients: { client: BenchClient; email: string }[] = [];
    for (let i = 0; i < total; i++) {
      const id = randomUUID();
      const email = `notify-${i}-${id.slice(0, 6)}@example.in`;
      await createUser(db, { id, email, name: `Bench ${i}`, phone: null, emailVerified: true, roles: [], createdAt: now.toISOString(), passwordHash });
      const client = new BenchClient(app);
      if ((await client.post('/api/v1/auth/login', { email, password: 'bench-customer-password' })).status !== 200) throw new Error('login failed');
      clients.push({ client, email });
    }

    const seats = Array.from({ length: 30 }, (_, r) => Array.from({ length: 40 }, (_, n) => `${String.fromCharCode(65 + r)}${n + 1}`)).flat();
    let failed = 0;
    let next = 0;
    const bookOne = async (): Promise<number> => {
      const { client } = clients[next];
      const seat = seats[next++];
      const hold = (await (await client.post('/api/v1/holds', { showtimeId: show.id, seats: [seat] })).json()) as { hold?: { id: string } };
      if (!hold.hold) throw new Error(`hold of ${seat} failed`);
      const started = performance.now();
      const res = await client.post('/api/v1/bookings', { holdId: hold.hold.id, payment: { method: 'upi' } }, { 'idempotency-key': randomUUID() });
      const took = performance.now() - started;
      if (res.status !== 201) failed++;
      return took;
    };

    for (let i = 0; i < blockSize; i++) await bookOne(); // warm-up, SNS up
    const up: number[] = [];
    const down: number[] = [];
    const downEmails: string[] = [];
    for (let b = 0; b < 2 * blocks; b++) {
      const isDown = b % 2 === 1;
      await fault(isDown);
      for (let i = 0; i < blockSize; i++) {
        if (isDown) downEmails.push(clients[next].email);
        (isDown ? down : up).push(await bookOne());
      }
    }

    await fault(false);
    const recoveryStart = performance.now();
    const delivered = () => {
      const to = new Set(sink.mailbox.list().map((m) => m.to));
      return downEmails.filter((e) => to.has(e)).length;
    };
    // Retries back off 2 s, 4 s, 8 s … so the last confirmations may need a couple of rounds.
    while (delivered() < downEmails.length && performance.now() - recoveryStart < 120_000) {
      await new Promise((r) => setTimeout(r, 250));
    }
    const result: NotifyLatencyResult = {
      bookingsPerSide: up.length,
      up: summary(up),
      down: summary(down),
      ratio: percentile(down, 50) / percentile(up, 50),
      failedBookings: failed,
      deliveredAfterRecovery: delivered(),
      recoveryS: (performance.now() - recoveryStart) / 1000,
    };
    return result;
  } finally {
    await dispatcher.stop();
    await sink.close();
    db.client.destroy();
    await dynamo?.stop();
  }
}

export function notifyLatencyMarkdown(r: NotifyLatencyResult): string {
  const goal = r.ratio <= 1.1 ? 'met' : 'NOT met';
  return [
    '### Booking latency with SNS down vs up (issue 5)',
    '',
    `${r.bookingsPerSide} single-seat bookings per side, one at a time, blocks alternating SNS up/down (sink fault switch).`,
    '',
    '| SNS | median | p95 | mean |',
    '|---|---|---|---|',
    `| up | ${ms(r.up.median)} | ${ms(r.up.p95)} | ${ms(r.up.mean)} |`,
    `| down | ${ms(r.down.median)} | ${ms(r.down.p95)} | ${ms(r.down.mean)} |`,
    '',
    `**Ratio down ÷ up (medians): ${r.ratio.toFixed(2)}** — goal ≤ 1.1 ${goal} (old system ~1,400×).`,
    `Bookings refused: ${r.failedBookings}. Confirmations of the down-side bookings delivered after SNS returned: ${r.deliveredAfterRecovery}/${r.bookingsPerSide} in ${r.recoveryS.toFixed(1)} s.`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await notifyLatency();
  const md = notifyLatencyMarkdown(r);
  console.log(md);
  const file = fileURLToPath(new URL('./RESULTS-notify-latency.md', import.meta.url));
  writeFileSync(file, `${md}\n\n_Run ${new Date().toISOString()} with \`node --import tsx bench/notify-latency.ts\`._\n`);
}
