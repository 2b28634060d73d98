import { Hono } from 'hono';
import QRCode from 'qrcode';
import { AppError } from '../../server/domain/errors.js';
import type { KioskPaymentMethod } from '../../server/domain/kiosk-sale.js';
import type { Quote } from '../../server/domain/pricing.js';
import { readForm } from '../../server/routes/read-input.js';
import { SalePage } from '../../views/kiosk/sale-page.js';
import { SellPage } from '../../views/kiosk/sell-page.js';
import { ShowsPage } from '../../views/kiosk/shows-page.js';
import type { Flash } from '../../views/view-types.js';
import { cachedLeases, cachedShowtime, cachedTheater, saleById } from '../db/cache-read.js';
import type { KioskContext } from '../context.js';
import { kioskSeatMap } from '../sales/kiosk-seat-map.js';
import { renewLeaseNow } from '../sales/renew-lease.js';
import { sell } from '../sales/sell.js';
import { kioskShows } from '../sales/show-list.js';
import { requireKioskStaff, type KioskEnv } from './kiosk-env.js';
import { kioskPage } from './render-kiosk.js';
import { kioskLang } from './lang-routes.js';
import { KIOSK_WORDS } from '../../views/i18n/features/kiosk.js';
import { i18nFor } from '../../views/i18n/i18n.js';
import { kioskErrorText } from '../../views/kiosk/kiosk-error-text.js';

const METHODS = ['cash', 'card', 'upi'];

/** The box office: pick a show, pick seats and payment, sell, show the tickets. */
export function sellRoutes(ctx: KioskContext): Hono<KioskEnv> {
  const app = new Hono<KioskEnv>();

  app.get('/', (c) => {
    requireKioskStaff(c, ctx, 'booking.counter-sale');
    const shows = kioskShows(ctx.db, ctx.kioskId, ctx.clock()).map((s) => ({ ...s, seatsLeft: s.seatsAvailable, startsAt: new Date(s.startsAt).toISOString() }));
    return kioskPage(c, ctx, KIOSK_WORDS[kioskLang(c)].shows.title, <ShowsPage shows={shows} online={ctx.sync.online()} />);
  });

  const sellPage = (c: Parameters<typeof kioskPage>[0], showId: string, opts: { selected?: string[]; error?: string; method?: string; status?: number; flash?: Flash } = {}) => {
    const show = cachedShowtime(ctx.db, showId);
    if (!show) throw new AppError('not_found', 'This show is not in the kiosk’s list. Sync and try again.', { why: 'show_not_listed' });
    const seats = kioskSeatMap(ctx.db, show, ctx.kioskId, ctx.clock());
    return kioskPage(
      c,
      ctx,
      show.movieTitle,
      <SellPage
        show={show}
        seats={seats}
        online={ctx.sync.online()}
        csrfToken={c.get('csrfToken')}
        selected={opts.selected}
        error={opts.error}
        method={opts.method}
        leases={cachedLeases(ctx.db, show.id)}
      />,
      { status: opts.status, flash: opts.flash },
    );
  };

  /** The "renewed until …" line for a lease of this show, from the cache the renewal updated. */
  const renewedFlash = (c: Parameters<typeof kioskPage>[0], showId: string, leaseId: string): Flash | undefined => {
    const lease = cachedLeases(ctx.db, showId).find((l) => l.id === leaseId);
    if (!lease) return undefined;
    const lang = kioskLang(c);
    const timeZone = cachedShowtime(ctx.db, showId)?.timezone ?? 'Asia/Kolkata';
    const until = lang === 'en' ? new Date(lease.endsAt).toLocaleTimeString('en-IN', { timeZone, hour: '2-digit', minute: '2-digit' }) : i18nFor(lang).clock(lease.endsAt, timeZone);
    return { kind: 'success', text: KIOSK_WORDS[lang].errors.renewed(until, lease.seats.length) };
  };

  /**
   * "Renew lease" on the show page: the server moves the lease's end. Done, the browser is sent
   * back to the show page (post-redirect-get: a reload does not renew again), which says until when.
   */
  app.post('/shows/:id/leases/:leaseId/renew', async (c) => {
    requireKioskStaff(c, ctx, 'booking.counter-sale');
    await readForm(c);
    const showId = c.req.param('id');
    try {
      await renewLeaseNow(ctx, c.req.param('leaseId'));
      return c.redirect(`/shows/${encodeURIComponent(showId)}?renewed=${encodeURIComponent(c.req.param('leaseId'))}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code === 'internal_error') throw err;
      return sellPage(c, showId, { flash: { kind: 'error', text: kioskErrorText(kioskLang(c), err) }, status: err.status });
    }
  });

  app.get('/shows/:id', (c) => {
    requireKioskStaff(c, ctx, 'booking.counter-sale');
    const renewed = c.req.query('renewed');
    return sellPage(c, c.req.param('id'), { flash: renewed ? renewedFlash(c, c.req.param('id'), renewed) : undefined });
  });

  app.post('/shows/:id/sell', async (c) => {
    const staff = requireKioskStaff(c, ctx, 'booking.counter-sale');
    const body = await c.req.parseBody({ all: true });
    const form = await readForm(c);
    const seats = ([] as unknown[]).concat(body.seats ?? []).filter((s): s is string => typeof s === 'string');
    const method = METHODS.includes(form.method ?? '') ? (form.method as KioskPaymentMethod) : 'cash';
    try {
      const sale = await sell(ctx, staff, {
        showtimeId: c.req.param('id'),
        seats,
        payment: { method },
        customer: { name: form.name || undefined, phone: form.phone || undefined, email: form.email || undefined },
      });
      return c.redirect(`/sales/${sale.id}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.status >= 500 || err.code === 'not_found') throw err;
      return sellPage(c, c.req.param('id'), { selected: seats, error: kioskErrorText(kioskLang(c), err), method, status: err.status });
    }
  });

  app.get('/sales/:id', async (c) => {
    requireKioskStaff(c, ctx, 'booking.counter-sale');
    const row = saleById(ctx.db, c.req.param('id'));
    if (!row) throw new AppError('not_found', 'No such sale at this kiosk.', { why: 'no_sale' });
    const show = cachedShowtime(ctx.db, row.showtimeId);
    const tickets = JSON.parse(row.tickets ?? '[]') as { seat: string; payload: string }[];
    const withQr = await Promise.all(tickets.map(async (t) => ({ ...t, svg: await QRCode.toString(t.payload, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) })));
    return kioskPage(
      c,
      ctx,
      KIOSK_WORDS[kioskLang(c)].ticket.title,
      <SalePage
        sale={{ ...row, seats: JSON.parse(row.seats) as string[], totalMinor: (JSON.parse(row.quote) as Quote).totalMinor }}
        show={show ? { ...show, theaterName: cachedTheater(ctx.db)?.name ?? show.theaterName } : null}
        tickets={withQr}
      />,
    );
  });

  return app;
}
