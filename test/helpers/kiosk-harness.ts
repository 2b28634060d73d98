import { createKioskApp } from '../../kiosk/app.js';
import type { KioskStaff } from '../../kiosk/auth/kiosk-session.js';
import type { KioskContext } from '../../kiosk/context.js';
import { getMeta, setMeta } from '../../kiosk/db/meta.js';
import { openKioskDb } from '../../kiosk/db/open-db.js';
import { loadKeys } from '../../kiosk/keys.js';
import { sendOnlineSale } from '../../kiosk/sales/online-sale.js';
import { serverClient } from '../../kiosk/sync/server-client.js';
import { SyncEngine } from '../../kiosk/sync/sync-engine.js';
import { Client } from './http.js';
import type { TestEnv } from './test-app.js';

export const KIOSK_ORIGIN = 'http://kiosk.test';

export interface KioskHarness {
  ctx: KioskContext;
  app: ReturnType<typeof createKioskApp>;
  /** The theater's link to the server: false and every request fails as a cut cable does. */
  link: { up: boolean };
  /** A browser at the kiosk (same origin). */
  browser(): Client;
  staff(): KioskStaff;
}

/**
 * A kiosk node in the test process: its own in-memory SQLite (migrated like the real file), its
 * sync engine talking to the in-process server app through a link the test can cut. Nothing runs
 * on a timer; tests call `ctx.sync.syncNow()`.
 */
export function kioskHarness(env: TestEnv, token: string): KioskHarness {
  const db = openKioskDb(':memory:');
  const link = { up: true };
  const server = serverClient({
    url: 'http://server.test',
    token: () => token,
    clock: env.clock.now,
    fetch: async (url, init) => {
      if (!link.up) throw new TypeError('fetch failed');
      return env.app.request(url, init);
    },
  });
  const kioskId = token.split('.')[1];
  setMeta(db, 'kioskId', kioskId);
  const keys = loadKeys(db);
  const ctx = { db, clock: env.clock.now, kioskId, signingKey: keys.signingKey, server, log: () => undefined } as Omit<KioskContext, 'sync'> as KioskContext;
  ctx.sync = new SyncEngine({
    db,
    server,
    clock: env.clock.now,
    publicKey: keys.publicKey,
    token,
    intervalMs: 3_600_000,
    pushBatch: 25,
    log: () => undefined,
    resendOnlineSale: (row) => sendOnlineSale(ctx, row, 'fail'),
  });
  const app = createKioskApp(ctx, { secret: keys.secret, allowedOrigins: [KIOSK_ORIGIN] });
  return {
    ctx,
    app,
    link,
    browser: () => new Client(app, KIOSK_ORIGIN),
    staff: () => ({ id: 'demo-staff', email: 'staff@demo.moviemagic.in', name: 'Demo Staff', roles: [{ role: 'staff', theaterIds: [getMeta(db, 'theaterId') ?? 'charminar-cinemas'] }] }),
  };
}
