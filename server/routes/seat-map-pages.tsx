import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import type { BookingDeps } from '../booking/deps.js';
import { countCustomerHold } from '../booking/hold-rate.js';
import { placeHoldForCustomer, salesClosedError } from '../booking/place-hold.js';
import { holdInput } from '../booking/schemas.js';
import { seatMap } from '../booking/seat-map.js';
import { seatUpdates } from '../booking/seat-updates.js';
import { AppError } from '../domain/errors.js';
import { parseInstant } from '../domain/iso-instant.js';
import { salesState } from '../domain/sales-window.js';
import { SeatUpdates, type LiveMode } from '../../views/components/seat-live.js';
import { ShowtimeSeatsPage, type ShowtimeSeatsProps } from '../../views/pages/showtime-seats.js';
import { renderFragment } from '../../views/render.js';
import type { AppEnv } from './env.js';
import { loginRedirect } from './login-redirect.js';
import { errorText } from '../../views/i18n/error-text.js';
import { page, tr } from './render.js';
import { requireUser } from './require-user.js';
import { readSeatForm, seatsFromQuery } from './seat-form.js';
import { seatEventsRoute } from './seat-events.js';
import { waitlistPanel } from './waitlist-panel.js';

/**
 * Server-sent events won the measurement in bench/RESULTS.md ("Live seat updates"): a quiet
 * stream sends almost nothing where a poll sends ~1.2 KB of headers every 1.5 s. `?live=poll`
 * keeps the poller reachable, for that benchmark and as a fallback.
 */
export const DEFAULT_LIVE: LiveMode = 'sse';

/** The seat map page, the hold it posts, and the live seat updates that keep it current. */
export function seatMapPageRoutes(deps: BookingDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // A 1,200-seat map is mostly the same few attributes over and over: it gzips about 20 to 1.
  app.use('/showtimes/:id', compress());
  app.use('/showtimes/:id/hold', compress());

  async function renderMap(
    c: Context<AppEnv>,
    showtimeId: string,
    opts: { selected: string[]; error?: ShowtimeSeatsProps['error']; status?: number; view?: ShowtimeSeatsProps['view'] },
  ): Promise<Response> {
    const now = deps.clock();
    const map = await seatMap(deps.db, showtimeId, now);
    const show = map.showtime;
    const state = salesState(show, now, 'online');
    const live: LiveMode = c.req.query('live') === 'sse' ? 'sse' : c.req.query('live') === 'poll' ? 'poll' : DEFAULT_LIVE;
    const waitlist = await waitlistPanel(deps, c, map, state.open);
    return page(
      c,
      tr(c).t.seats.title(show.movieTitle),
      <>
      <ShowtimeSeatsPage
        show={show}
        seats={map.seats}
        asOf={map.asOf}
        selected={opts.selected}
        csrfToken={c.get('csrfToken')}
        error={opts.error}
        closed={state.open ? null : errorText(tr(c), salesClosedError(state.reason))}
        live={live}
        view={opts.view ?? (c.req.query('view') === 'list' ? 'list' : 'map')}
      />
      {waitlist}
      </>,
      { status: opts.status },
    );
  }

  app.get('/showtimes/:id', (c) => renderMap(c, c.req.param('id'), { selected: seatsFromQuery(c.req.query('seats')) }));

  app.post('/showtimes/:id/hold', async (c) => {
    const showtimeId = c.req.param('id');
    const seats = await readSeatForm(c);
    // The list view posts `view=list`, so a refusal shows the list again (parseBody is cached).
    const view = (await c.req.parseBody()).view === 'list' ? ('list' as const) : ('map' as const);
    const user = c.get('user');
    if (!user) {
      const picked = seatsFromQuery(seats.join(','));
      return loginRedirect(c, `/showtimes/${encodeURIComponent(showtimeId)}${picked.length ? `?seats=${picked.join(',')}` : ''}`);
    }
    const parsed = holdInput.safeParse({ showtimeId, seats });
    if (!parsed.success) {
      return renderMap(c, showtimeId, { selected: [], error: { message: tr(c).t.seats.pickFirst }, status: 400, view });
    }
    try {
      await countCustomerHold(deps, user.id);
      const { hold } = await placeHoldForCustomer(deps, requireUser(c), parsed.data);
      return c.redirect(`/checkout/${encodeURIComponent(hold.id)}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code === 'not_found') throw err;
      const taken = err.code === 'seats_unavailable' && Array.isArray(err.details?.seats) ? (err.details.seats as string[]) : [];
      return renderMap(c, showtimeId, {
        selected: parsed.data.seats.filter((s) => !taken.includes(s)),
        error: { message: errorText(tr(c), err), verify: err.code === 'email_unverified' },
        status: err.status,
        view,
      });
    }
  });

  app.get('/showtimes/:id/seat-updates', async (c) => {
    const showtimeId = c.req.param('id');
    const since = parseInstant(c.req.query('since'));
    if (!since) throw new AppError('invalid_request', 'since must be an ISO time.');
    const { seats, asOf } = await seatUpdates(deps.db, showtimeId, since, deps.clock());
    c.header('Cache-Control', 'no-store');
    return renderFragment(c, <SeatUpdates showtimeId={showtimeId} since={asOf} seats={seats} />);
  });

  app.route('/', seatEventsRoute(deps));
  return app;
}
