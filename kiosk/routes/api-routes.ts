import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../server/domain/errors.js';
import { KIOSK_PAYMENT_METHODS, type KioskPaymentMethod } from '../../server/domain/kiosk-sale.js';
import { readJson, validate } from '../../server/routes/read-input.js';
import { cachedShowtime } from '../db/cache-read.js';
import { getMeta } from '../db/meta.js';
import type { KioskContext } from '../context.js';
import { kioskSeatMap } from '../sales/kiosk-seat-map.js';
import { sell } from '../sales/sell.js';
import { kioskShows } from '../sales/show-list.js';
import { requireKioskStaff, type KioskEnv } from './kiosk-env.js';

const saleSchema = z.object({
  showtimeId: z.string().min(1).max(100),
  seats: z.array(z.string().max(10)).min(1).max(10),
  payment: z.object({ method: z.enum(KIOSK_PAYMENT_METHODS as [KioskPaymentMethod, ...KioskPaymentMethod[]]) }),
  customer: z
    .object({ name: z.string().trim().max(80).optional(), phone: z.string().trim().max(20).optional(), email: z.string().trim().email().max(200).optional() })
    .optional(),
});

/** API.md "Kiosk node": shows and seats from the cache, sales, health. */
export function apiRoutes(ctx: KioskContext): Hono<KioskEnv> {
  const app = new Hono<KioskEnv>();

  app.get('/healthz', (c) => {
    if (!getMeta(ctx.db, 'cachedAt')) return c.json({ status: 'starting', error: { code: 'store_unavailable', message: 'No data yet: waiting for the first sync.' } }, 503);
    return c.json({ status: 'ok' });
  });

  app.get('/api/v1/showtimes', (c) => {
    requireKioskStaff(c, ctx, 'booking.counter-sale');
    return c.json({ showtimes: kioskShows(ctx.db, ctx.kioskId, ctx.clock()) });
  });

  app.get('/api/v1/showtimes/:id/seats', (c) => {
    requireKioskStaff(c, ctx, 'booking.counter-sale');
    const show = cachedShowtime(ctx.db, c.req.param('id'));
    if (!show) throw new AppError('not_found', 'This show is not in the kiosk’s list.', { why: 'show_not_listed' });
    const seats = kioskSeatMap(ctx.db, show, ctx.kioskId, ctx.clock()).map(({ leaseId: _l, mine, ...s }) => ({ ...s, sellableOffline: mine }));
    return c.json({ showtimeId: show.id, currency: 'INR', seats });
  });

  app.post('/api/v1/sales', async (c) => {
    const staff = requireKioskStaff(c, ctx, 'booking.counter-sale');
    const input = validate(saleSchema, await readJson(c));
    return c.json({ sale: await sell(ctx, staff, input) }, 201);
  });

  return app;
}
