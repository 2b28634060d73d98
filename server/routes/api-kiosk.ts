import { Hono } from 'hono';
import { kioskSyncDeps, type KioskRouteDeps } from '../kiosk-sync/deps.js';
import { applyKioskSales } from '../kiosk-sync/apply-sales.js';
import { autoLeaseForKiosk } from '../kiosk-sync/auto-lease.js';
import { authenticateKiosk, registerKioskKey } from '../kiosk-sync/authenticate-kiosk.js';
import { findLease, finishLease, renewLease } from '../kiosk-sync/end-lease.js';
import { sellOnline } from '../kiosk-sync/online-sale.js';
import { kioskKeySchema, onlineSaleSchema, pushSalesSchema, renewLeaseSchema, scansSchema } from '../kiosk-sync/schemas.js';
import { syncSnapshot } from '../kiosk-sync/sync-snapshot.js';
import { uploadScans } from '../kiosk-sync/upload-scans.js';
import type { KioskRecord } from '../store/kiosks.js';
import type { AppEnv } from './env.js';
import { readJson, validate } from './read-input.js';

type KioskEnv = { Variables: AppEnv['Variables'] & { kiosk: KioskRecord } };

/**
 * `/api/v1/kiosk`: what kiosk nodes call, authenticated by `Authorization: Bearer <kiosk token>`
 * (no cookies, so the CSRF check lets them through). See docs/kiosk.md.
 */
export function apiKioskRoutes(routeDeps: KioskRouteDeps): Hono<KioskEnv> {
  const deps = kioskSyncDeps(routeDeps);
  const app = new Hono<KioskEnv>();
  app.use('*', async (c, next) => {
    c.set('kiosk', await authenticateKiosk(deps, c.req.header('authorization')));
    await next();
  });

  app.get('/sync', async (c) => {
    const pending = Number(c.req.query('pendingSales') ?? '0');
    const snapshot = await syncSnapshot(deps, c.get('kiosk'), {
      kioskNow: c.req.header('x-kiosk-time'),
      pendingSales: Number.isInteger(pending) && pending >= 0 ? pending : 0,
    });
    return c.json(snapshot);
  });

  app.post('/key', async (c) => {
    const { publicKey } = validate(kioskKeySchema, await readJson(c));
    await registerKioskKey(deps, c.get('kiosk'), publicKey);
    return c.body(null, 204);
  });

  app.post('/sales', async (c) => {
    const input = validate(pushSalesSchema, await readJson(c));
    return c.json(await applyKioskSales(deps, c.get('kiosk'), input));
  });

  app.post('/online-sales', async (c) => {
    const input = validate(onlineSaleSchema, await readJson(c));
    const { booking, tickets } = await sellOnline(deps, c.get('kiosk'), input as Parameters<typeof sellOnline>[2]);
    return c.json({ sale: { id: input.saleId, bookingId: booking.id, seats: booking.seats, quote: booking.quote, synced: true }, booking, tickets }, 201);
  });

  app.post('/leases/:id/renew', async (c) => {
    const { endsAt } = validate(renewLeaseSchema, await readJson(c));
    const lease = await findLease(deps, c.req.param('id'), c.get('kiosk').id);
    const renewed = await renewLease(deps, lease, endsAt);
    return c.json({ lease: { id: lease.id, kioskId: lease.kioskId, showtimeId: lease.showtimeId, ...renewed } });
  });

  /** The theater's auto-lease rule: leases made now for shows starting soon (none when it is off). */
  app.post('/auto-leases', async (c) => c.json({ leases: await autoLeaseForKiosk(deps, c.get('kiosk')) }));

  app.post('/leases/:id/return', async (c) => {
    const lease = await findLease(deps, c.req.param('id'), c.get('kiosk').id);
    return c.json(await finishLease(deps, lease, 'returned'));
  });

  app.post('/scans', async (c) => {
    const { scans } = validate(scansSchema, await readJson(c));
    return c.json(await uploadScans(deps, c.get('kiosk'), scans));
  });

  return app;
}
