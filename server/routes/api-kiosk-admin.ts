import { Hono, type Context } from 'hono';
import { AppError } from '../domain/errors.js';
import { kioskSyncDeps, type KioskRouteDeps } from '../kiosk-sync/deps.js';
import {
  createLease,
  findConflict,
  findKiosk,
  findLease,
  finishLease,
  listConflicts,
  listKiosksForTheater,
  registerKiosk,
  resolveConflict,
  revokeKiosk,
} from '../kiosk-sync/index.js';
import { createLeaseSchema, registerKioskSchema, resolveConflictSchema } from '../kiosk-sync/schemas.js';
import type { AppEnv } from './env.js';
import { readJson, validate } from './read-input.js';
import { requireStaff } from './require-staff.js';

function signedIn(c: Context<AppEnv>) {
  if (!c.get('user')) throw new AppError('unauthenticated');
}

function theaterParam(c: Context<AppEnv>): string {
  const id = c.req.query('theaterId');
  if (!id) throw new AppError('invalid_request', 'Say which theater: ?theaterId=…', { fields: { theaterId: 'required' } });
  return id;
}

/** `/api/v1/admin`: kiosks, their leases and the conflicts their offline sales raised (API.md "Admin"). */
export function apiKioskAdminRoutes(routeDeps: KioskRouteDeps): Hono<AppEnv> {
  const deps = kioskSyncDeps(routeDeps);
  const app = new Hono<AppEnv>();

  app.post('/admin/kiosks', async (c) => {
    signedIn(c);
    const input = validate(registerKioskSchema, await readJson(c));
    const staff = requireStaff(c, 'kiosk.manage', input.theaterId);
    return c.json(await registerKiosk(deps, input, staff.id), 201);
  });

  app.get('/admin/kiosks', async (c) => {
    const theaterId = theaterParam(c);
    requireStaff(c, 'kiosk.manage', theaterId);
    return c.json({ kiosks: await listKiosksForTheater(deps, theaterId) });
  });

  app.post('/admin/kiosks/:id/revoke', async (c) => {
    signedIn(c);
    const kiosk = await findKiosk(deps, c.req.param('id'));
    requireStaff(c, 'kiosk.manage', kiosk.theaterId);
    await revokeKiosk(deps, kiosk.id);
    return c.json({ kiosk: { id: kiosk.id, name: kiosk.name, revoked: true } });
  });

  app.post('/admin/leases', async (c) => {
    signedIn(c);
    const input = validate(createLeaseSchema, await readJson(c));
    const kiosk = await findKiosk(deps, input.kioskId);
    const staff = requireStaff(c, 'lease.manage', kiosk.theaterId);
    return c.json({ lease: await createLease(deps, kiosk, input, staff.id) }, 201);
  });

  app.post('/admin/leases/:id/revoke', async (c) => {
    signedIn(c);
    const lease = await findLease(deps, c.req.param('id'));
    requireStaff(c, 'lease.manage', lease.theaterId);
    return c.json(await finishLease(deps, lease, 'revoked'));
  });

  app.get('/admin/conflicts', async (c) => {
    const theaterId = theaterParam(c);
    requireStaff(c, 'conflict.resolve', theaterId);
    const since = c.req.query('resolvedSince');
    return c.json({ conflicts: await listConflicts(deps, theaterId, since ? { resolvedSince: since } : {}) });
  });

  app.post('/admin/conflicts/:saleId/resolve', async (c) => {
    signedIn(c);
    const record = await findConflict(deps, c.req.param('saleId'));
    const staff = requireStaff(c, 'conflict.resolve', record.theaterId);
    const how = validate(resolveConflictSchema, await readJson(c));
    return c.json({ conflict: await resolveConflict(deps, record, how, staff.id) });
  });

  return app;
}
