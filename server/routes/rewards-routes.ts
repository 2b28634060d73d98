import { Hono } from 'hono';
import { z } from 'zod';
import type { BookingDeps } from '../booking/deps.js';
import { loyaltyFor } from '../booking/loyalty-points.js';
import { joinShowWaitlist, leaveShowWaitlist, waitlistEntryFor } from '../booking/waitlist.js';
import { MIN_POINTS_TO_REDEEM, POINT_VALUE_PAISE, EARN_PAISE_PER_POINT, REDEEM_CAP_BPS } from '../domain/loyalty.js';
import { AppError } from '../domain/errors.js';
import type { WaitEntry } from '../store/waitlist.js';
import type { AppEnv } from './env.js';
import { loginRedirect } from './login-redirect.js';
import { readForm, readJson, validate } from './read-input.js';
import { requireUser } from './require-user.js';

const waitlistInput = z.object({
  seats: z.coerce.number({ message: 'seats must be a whole number from 1 to 10.' }).int('seats must be a whole number from 1 to 10.').min(1, 'seats must be a whole number from 1 to 10.').max(10, 'seats must be a whole number from 1 to 10.'),
});

const entryView = (e: WaitEntry) => ({ showtimeId: e.showtimeId, seats: e.seats, joinedAt: e.joinedAt, status: e.status, ...(e.notifiedAt ? { notifiedAt: e.notifiedAt } : {}) });

/** Loyalty points (`GET /api/v1/me/loyalty`) and the waitlist of sold-out shows (JSON and the seat-map page's forms). */
export function rewardsRoutes(deps: BookingDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/api/v1/me/loyalty', async (c) => {
    const customer = requireUser(c);
    const summary = await loyaltyFor(deps.db, customer.id, deps.clock(), deps.log);
    return c.json({
      balance: summary.balance,
      worthMinor: summary.worthMinor,
      rules: { earnPaisePerPoint: EARN_PAISE_PER_POINT, pointValueMinor: POINT_VALUE_PAISE, redeemCapBps: REDEEM_CAP_BPS, minimumToRedeem: MIN_POINTS_TO_REDEEM },
      moves: summary.moves.slice(0, 50),
    });
  });

  app.get('/api/v1/showtimes/:id/waitlist', async (c) => {
    const customer = requireUser(c);
    const entry = await waitlistEntryFor(deps, customer.id, c.req.param('id'));
    return c.json({ entry: entry ? entryView(entry) : null });
  });

  app.post('/api/v1/showtimes/:id/waitlist', async (c) => {
    const customer = { ...requireUser(c), lang: c.get('lang') };
    const { seats } = validate(waitlistInput, await readJson(c));
    const entry = await joinShowWaitlist(deps, customer, c.req.param('id'), seats);
    return c.json({ entry: entryView(entry) }, 201);
  });

  app.delete('/api/v1/showtimes/:id/waitlist', async (c) => {
    const customer = requireUser(c);
    await leaveShowWaitlist(deps, customer.id, c.req.param('id'));
    return c.body(null, 204);
  });

  const back = (id: string, what: string) => `/showtimes/${encodeURIComponent(id)}?waitlist=${what}#waitlist-title`;

  app.post('/showtimes/:id/waitlist', async (c) => {
    const id = c.req.param('id');
    if (!c.get('user')) return loginRedirect(c, `/showtimes/${encodeURIComponent(id)}`);
    const customer = { ...requireUser(c), lang: c.get('lang') };
    const parsed = waitlistInput.safeParse(await readForm(c));
    if (!parsed.success) throw new AppError('invalid_request', 'Choose from 1 to 10 seats.');
    try {
      await joinShowWaitlist(deps, customer, id, parsed.data.seats);
    } catch (err) {
      if (err instanceof AppError && err.code === 'waitlist_not_needed') return c.redirect(back(id, 'notneeded'), 303);
      throw err;
    }
    return c.redirect(back(id, 'joined'), 303);
  });

  app.post('/showtimes/:id/waitlist/leave', async (c) => {
    const id = c.req.param('id');
    if (!c.get('user')) return loginRedirect(c, `/showtimes/${encodeURIComponent(id)}`);
    await leaveShowWaitlist(deps, requireUser(c).id, id);
    return c.redirect(back(id, 'left'), 303);
  });

  return app;
}
