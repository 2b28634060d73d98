import { Hono } from 'hono';
import { eq } from 'drizzle-orm';
import type { Quote } from '../../server/domain/pricing.js';
import { SyncPage } from '../../views/kiosk/sync-page.js';
import { cachedLeases, cachedShowtime, cachedTheater, conflictSales, pendingSales } from '../db/cache-read.js';
import { leases } from '../db/schema.js';
import type { KioskContext } from '../context.js';
import { requireKioskStaff, type KioskEnv } from './kiosk-env.js';
import { kioskPage } from './render-kiosk.js';
import { kioskLang } from './lang-routes.js';
import { KIOSK_WORDS } from '../../views/i18n/features/kiosk.js';
import { parseConflictDetail, saleDetailText } from '../../views/kiosk/conflict-text.js';

/** Sync status and the conflict queue, as a page and as API.md's `GET/POST /api/v1/sync`. */
export function syncRoutes(ctx: KioskContext): Hono<KioskEnv> {
  const app = new Hono<KioskEnv>();

  const syncJson = () => {
    const s = ctx.sync.status();
    return {
      online: s.online,
      pendingSales: s.pendingSales,
      lastSyncAt: s.lastSyncAt,
      cachedAt: s.cachedAt,
      lastError: s.lastError,
      conflicts: conflictSales(ctx.db).map((r) => ({
        saleId: r.id,
        bookingId: r.bookingId,
        showtimeId: r.showtimeId,
        seats: JSON.parse(r.seats) as string[],
        status: r.status,
        reason: r.reason,
        detail: saleDetailText('en', r),
        conflictDetail: parseConflictDetail(r.detailCode),
        resolution: r.resolution ? JSON.parse(r.resolution) : null,
        amountMinor: (JSON.parse(r.quote) as Quote).totalMinor,
      })),
    };
  };

  app.get('/api/v1/sync', (c) => {
    requireKioskStaff(c, ctx, 'booking.counter-sale');
    return c.json(syncJson());
  });

  app.post('/api/v1/sync', async (c) => {
    requireKioskStaff(c, ctx, 'booking.counter-sale');
    await ctx.sync.syncNow();
    return c.json(syncJson());
  });

  const page = (c: Parameters<typeof kioskPage>[0]) => {
    const rows = (list: ReturnType<typeof conflictSales>) =>
      list.map((r) => ({ ...r, seats: JSON.parse(r.seats) as string[], totalMinor: (JSON.parse(r.quote) as Quote).totalMinor }));
    return kioskPage(
      c,
      ctx,
      KIOSK_WORDS[kioskLang(c)].sync.title,
      <SyncPage
        csrfToken={c.get('csrfToken')}
        status={ctx.sync.status()}
        timezone={cachedTheater(ctx.db)?.timezone ?? 'Asia/Kolkata'}
        queue={rows(conflictSales(ctx.db))}
        pending={rows(pendingSales(ctx.db))}
        leases={cachedLeases(ctx.db).map((l) => ({ ...l, movieTitle: cachedShowtime(ctx.db, l.showtimeId)?.movieTitle ?? l.showtimeId }))}
      />,
    );
  };

  app.get('/sync', (c) => {
    requireKioskStaff(c, ctx, 'booking.counter-sale');
    return page(c);
  });

  app.post('/sync', async (c) => {
    requireKioskStaff(c, ctx, 'booking.counter-sale');
    await ctx.sync.syncNow();
    return c.redirect('/sync', 303);
  });

  /** Gives a lease's unsold seats back: at the next sync, after its pending sales went up. */
  app.post('/leases/:id/return', async (c) => {
    requireKioskStaff(c, ctx, 'booking.counter-sale');
    ctx.db.update(leases).set({ status: 'returning' }).where(eq(leases.id, c.req.param('id'))).run();
    await ctx.sync.syncNow();
    return c.redirect('/sync', 303);
  });

  return app;
}
