import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { addDays, localDate } from '../../server/domain/theater-time.js';
import { DEMO_ACCOUNTS } from '../../server/local/demo-data.js';
import { createDb } from '../../server/store/db.js';
import { startKioskLink, type KioskLink } from '../helpers/kiosk-link.js';
import { HttpJar } from '../helpers/kiosk-http.js';
import { startKiosk, type KioskProcess } from '../helpers/kiosk-process.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

/**
 * The whole offline story with real processes: a real server on DynamoDB Local, a real kiosk node
 * on its SQLite file, and the link between them under the test's control.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'mm-kiosk-'));
const table = `k-${randomUUID()}`;
const serverEnv = { DYNAMODB_ENDPOINT: inject('dynamoEndpoint'), TABLE_NAME: table, RATE_LIMITS: 'off', SNS_ENDPOINT: 'http://127.0.0.1:9' };
const PASSWORD = 'moviemagic-demo';
const tomorrow = addDays(localDate(new Date(), 'Asia/Kolkata'), 1);
const SHOW = `charminar-cinemas-1-${tomorrow.replaceAll('-', '')}-2030`;
const LEASED = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8', 'B9', 'B10', 'C1', 'C2'];
const SALES = [['B1'], ['B2', 'B3'], ['B4'], ['B5'], ['B6', 'B7'], ['B8'], ['B9'], ['C1']];

let server: ServerProcess | null = null;
let kiosk: KioskProcess | null = null;
let link: KioskLink | null = null;
afterAll(async () => {
  await kiosk?.stop();
  await server?.stop();
  await link?.close();
  const db = createDb({ endpoint: inject('dynamoEndpoint'), region: 'ap-south-1', tableName: table });
  await db.client.send(new DeleteTableCommand({ TableName: table })).catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function staffAt(k: KioskProcess): Promise<HttpJar> {
  await waitFor('kiosk cache', async () => (await fetch(`${k.url}/healthz`)).ok);
  const jar = new HttpJar(k.url);
  expect((await jar.post('/api/v1/auth/login', { email: DEMO_ACCOUNTS.staff, password: PASSWORD })).status).toBe(200);
  return jar;
}

async function scanTable(): Promise<Record<string, any>[]> { // eslint-disable-line @typescript-eslint/no-explicit-any -- raw items
  const db = createDb({ endpoint: inject('dynamoEndpoint'), region: 'ap-south-1', tableName: table });
  const items: Record<string, any>[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any -- raw items
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const out = await db.doc.send(new ScanCommand({ TableName: table, ExclusiveStartKey }));
    items.push(...(out.Items ?? []));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  db.client.destroy();
  return items;
}

describe('kiosk offline, crash and recovery (real processes)', () => {
  it('sells leased seats with the server down, survives kill -9 mid-sync, and ends with each seat sold once', async () => {
    server = await startServer({ dataDir, env: serverEnv });
    link = await startKioskLink(() => server!.url);
    const owner = new HttpJar(server.url);
    expect((await owner.post('/api/v1/auth/login', { email: DEMO_ACCOUNTS.owner, password: PASSWORD })).status).toBe(200);
    const kioskId = readFileSync(join(dataDir, 'demo-kiosk-token'), 'utf8').trim().split('.')[1];
    const lease = await owner.json('POST', '/api/v1/admin/leases', { kioskId, showtimeId: SHOW, seats: LEASED });
    expect(lease.status).toBe(201);

    // A customer cannot take a leased seat.
    const customer = new HttpJar(server.url);
    await customer.post('/api/v1/auth/login', { email: DEMO_ACCOUNTS.customer, password: PASSWORD });
    expect((await customer.json('POST', '/api/v1/holds', { showtimeId: SHOW, seats: ['B1'] })).status).toBe(409);

    const env = { KIOSK_SYNC_SECONDS: '1', KIOSK_PUSH_BATCH: '2' };
    const kioskDb = join(dataDir, 'kiosk.sqlite');
    kiosk = await startKiosk({ serverUrl: link.url, dataDir, db: kioskDb, env });
    let staff = await staffAt(kiosk);
    const seats = await waitFor('the lease at the kiosk', async () => {
      const r = await staff.json<{ seats: { id: string; sellableOffline: boolean }[] }>('GET', `/api/v1/showtimes/${SHOW}/seats`);
      const mine = r.body.seats.filter((s) => s.sellableOffline).map((s) => s.id);
      return mine.length === LEASED.length ? mine : null;
    });
    expect(seats.sort()).toEqual([...LEASED].sort());

    // The link goes down: the server is stopped.
    await server.stop();
    expect((await staff.json('POST', '/api/v1/sync')).body.online).toBe(false);
    const sold: { id: string; bookingId: string; seats: string[] }[] = [];
    for (const s of SALES) {
      const r = await staff.json('POST', '/api/v1/sales', { showtimeId: SHOW, seats: s, payment: { method: 'cash' } });
      expect(r.status).toBe(201);
      expect(r.body.sale.synced).toBe(false);
      sold.push(r.body.sale);
    }
    const notLeased = await staff.json('POST', '/api/v1/sales', { showtimeId: SHOW, seats: ['D1'], payment: { method: 'cash' } });
    expect(notLeased.status).toBe(409);
    expect((await staff.json('POST', '/api/v1/sales', { showtimeId: SHOW, seats: ['B1'], payment: { method: 'cash' } })).status).toBe(409);
    expect((await staff.json('GET', '/api/v1/sync')).body.pendingSales).toBe(SALES.length);

    // The link is back; the kiosk dies (kill -9) after the server applied its 2nd push but before the answer arrived.
    server = await startServer({ dataDir, env: serverEnv });
    link.holdPushAnswer(2);
    void staff.post('/api/v1/sync').catch(() => undefined);
    await link.pushHeld;
    await kiosk.kill9();

    // Restart both; sync twice.
    await server.stop();
    server = await startServer({ dataDir, env: serverEnv });
    kiosk = await startKiosk({ serverUrl: link.url, dataDir, db: kioskDb, env });
    staff = await staffAt(kiosk);
    await staff.post('/api/v1/sync');
    const after = await staff.json('POST', '/api/v1/sync');
    expect(after.body).toMatchObject({ online: true, pendingSales: 0, conflicts: [] });

    // Exactly those seats sold, once each, under the bookings the kiosk printed; nothing duplicated.
    const items = await scanTable();
    const bookings = items.filter((i) => i.type === 'booking' && i.showtimeId === SHOW);
    expect(bookings.map((b) => b.id).sort()).toEqual(sold.map((s) => s.bookingId).sort());
    expect(bookings.every((b) => b.channel === 'kiosk' && b.status === 'confirmed')).toBe(true);
    const soldSeats = bookings.flatMap((b) => b.seats as string[]);
    expect(new Set(soldSeats).size).toBe(soldSeats.length);
    expect(soldSeats.sort()).toEqual(SALES.flat().sort());
    const seatItems = items.filter((i) => i.pk === `SHOW#${SHOW}` && i.sk.startsWith('SEAT#'));
    const byStatus = (st: string) => seatItems.filter((i) => i.status === st).map((i) => i.seatId).sort();
    expect(byStatus('sold')).toEqual(SALES.flat().sort());
    expect(byStatus('leased')).toEqual(['B10', 'C2']);
    expect(items.filter((i) => i.type === 'kioskSale' && i.status === 'applied')).toHaveLength(SALES.length);
    const shown = await new HttpJar(server.url).json<{ seats: { id: string; status: string }[] }>('GET', `/api/v1/showtimes/${SHOW}/seats`);
    expect(shown.body.seats.filter((s) => s.status === 'sold').map((s) => s.id).sort()).toEqual(SALES.flat().sort());
  });
});
