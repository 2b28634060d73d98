import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { localDate } from '../../server/domain/theater-time.js';
import { RemoteClient } from '../helpers/remote-client.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

// The real server in local mode on the run's DynamoDB Local, with a payment provider that takes
// 1.5 s to authorize and 1.5 s to capture, so a booking is surely in flight when SIGTERM comes.
let dataDir: string;
let server: ServerProcess;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mm-fault-shutdown-'));
  server = await startServer({
    dataDir,
    env: { DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), TABLE_NAME: `fault-${randomUUID()}`, TEST_GATEWAY_DELAY_MS: '1500', RATE_LIMITS: 'off' },
  });
});
afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('finishes a booking that is mid-payment when SIGTERM arrives, refuses new connections, then exits 0', async () => {
  const c = new RemoteClient(server.url);
  await c.login('customer@demo.moviemagic.in', 'moviemagic-demo');
  const show = `charminar-cinemas-2-${localDate(new Date(Date.now() + 2 * 86_400_000), 'Asia/Kolkata').replaceAll('-', '')}-2030`;
  const held = await c.post('/api/v1/holds', { showtimeId: show, seats: ['C5', 'C6'] });
  expect(held.status).toBe(201);
  const { hold } = (await held.json()) as { hold: { id: string } };

  const exited = new Promise<number | null>((r) => server.child.once('exit', (code) => r(code)));
  const started = Date.now();
  const booking = c.post('/api/v1/bookings', { holdId: hold.id, payment: { method: 'upi' } }, { 'idempotency-key': 'shutdown-1' });
  await new Promise((r) => setTimeout(r, 500));
  server.child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  // No new connection once draining has begun.
  await expect(fetch(`${server.url}/livez`)).rejects.toThrow();

  const res = await booking;
  const answeredAfter = Date.now() - started;
  expect(res.status).toBe(201);
  const body = (await res.json()) as { booking: { status: string; payment: { status: string }; seats: string[] } };
  expect(body.booking).toMatchObject({ status: 'confirmed', seats: ['C5', 'C6'], payment: { status: 'captured' } });
  expect(answeredAfter).toBeGreaterThanOrEqual(3000);

  expect(await exited).toBe(0);
  expect(server.output()).toMatch(/"msg":"stopping".*"inFlight":1/);
  expect(server.output()).toMatch(/"msg":"requests finished"/);
});
