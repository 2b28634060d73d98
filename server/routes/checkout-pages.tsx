import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { checkoutFor, type Checkout } from '../booking/checkout.js';
import { createBooking } from '../booking/create-booking.js';
import type { BookingDeps } from '../booking/deps.js';
import { releaseCustomerHold } from '../booking/release-hold.js';
import { pointsOffer } from '../booking/loyalty-points.js';
import { MIN_POINTS_TO_REDEEM } from '../domain/loyalty.js';
import { bookingInput, idempotencyKey } from '../booking/schemas.js';
import type { PaymentMethod } from '../domain/booking.js';
import { AppError } from '../domain/errors.js';
import { CheckoutPage } from '../../views/pages/checkout.js';
import { HoldEndedPage } from '../../views/pages/hold-ended.js';
import type { AppEnv } from './env.js';
import { loginRedirect } from './login-redirect.js';
import { readForm } from './read-input.js';
import { errorText } from '../../views/i18n/error-text.js';
import { page, tr } from './render.js';
import { requireUser } from './require-user.js';

/** Checkout of a hold: the quote and countdown, paying, and letting the seats go. */
export function checkoutPageRoutes(deps: BookingDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const path = (holdId: string) => `/checkout/${encodeURIComponent(holdId)}`;

  async function renderCheckout(c: Context<AppEnv>, co: Checkout, opts: { error?: string; method?: PaymentMethod; status?: number; usePoints?: boolean } = {}) {
    const { hold, showtime } = co;
    const offer = await pointsOffer(deps.db, hold.userId, hold.quote);
    const points = { balance: offer.balance, points: offer.points, discountMinor: offer.discountMinor, totalMinor: offer.quote.totalMinor, minimum: MIN_POINTS_TO_REDEEM, chosen: opts.usePoints ?? false };
    return page(
      c,
      tr(c).t.checkout.title,
      <CheckoutPage
        hold={hold}
        show={showtime}
        policy={co.policy}
        secondsLeft={(Date.parse(hold.expiresAt) - deps.clock().getTime()) / 1000}
        csrfToken={c.get('csrfToken')}
        idempotencyKey={randomUUID()}
        method={opts.method}
        error={opts.error}
        points={points}
      />,
      { status: opts.status },
    );
  }

  function renderEnded(c: Context<AppEnv>, co: Pick<Checkout, 'showtime'>, message?: string, status = 200) {
    return page(c, tr(c).t.holdEnded.title, <HoldEndedPage showtimeId={co.showtime.id} movieTitle={co.showtime.movieTitle} message={message} />, { status });
  }

  app.get('/checkout/:holdId', async (c) => {
    const holdId = c.req.param('holdId');
    if (!c.get('user')) return loginRedirect(c, path(holdId));
    const co = await checkoutFor(deps, requireUser(c).id, holdId, tr(c).t.policy.words);
    if (co.state === 'booked' && co.hold.bookingId) return c.redirect(`/bookings/${encodeURIComponent(co.hold.bookingId)}`, 303);
    if (co.state === 'released') return renderEnded(c, co, tr(c).t.holdEnded.released);
    if (co.state !== 'active') return renderEnded(c, co);
    return renderCheckout(c, co);
  });

  app.post('/checkout/:holdId/pay', async (c) => {
    const holdId = c.req.param('holdId');
    if (!c.get('user')) return loginRedirect(c, path(holdId));
    const customer = { ...requireUser(c), lang: c.get('lang') };
    const form = await readForm(c);
    const method = bookingInput.shape.payment.shape.method.safeParse(form.method).data;
    const usePoints = form.usePoints === '1' || form.usePoints === 'on';
    const input = bookingInput.safeParse({ holdId, payment: { method: form.method, token: form.token?.trim() || undefined }, usePoints });
    const key = idempotencyKey.safeParse(form.idempotencyKey ?? '');
    if (!input.success || !key.success) {
      const w = tr(c).t.checkout;
      const error = input.success ? w.outOfDate : w.chooseMethod;
      return renderCheckout(c, await checkoutFor(deps, customer.id, holdId, tr(c).t.policy.words), { error, method, status: 400, usePoints });
    }
    try {
      const { booking } = await createBooking(deps, customer, input.data, key.data);
      return c.redirect(`/bookings/${encodeURIComponent(booking.id)}`, 303);
    } catch (err) {
      // Someone else's or an unknown hold is not_found here already: the error page says so.
      if (!(err instanceof AppError) || err.code === 'not_found') throw err;
      const co = await checkoutFor(deps, customer.id, holdId, tr(c).t.policy.words);
      if (err.code === 'payment_declined' || err.code === 'idempotency_conflict') {
        return renderCheckout(c, co, { error: errorText(tr(c), err), method, status: err.status, usePoints });
      }
      if (err.code === 'points_unavailable') return renderCheckout(c, co, { error: tr(c).t.rewards.checkout.pointsGone, method, status: err.status });
      if (err.code === 'hold_expired' || err.code === 'sales_closed') return renderEnded(c, co, errorText(tr(c), err), err.status);
      throw err;
    }
  });

  app.post('/checkout/:holdId/release', async (c) => {
    const holdId = c.req.param('holdId');
    if (!c.get('user')) return loginRedirect(c, path(holdId));
    const customer = requireUser(c);
    const co = await checkoutFor(deps, customer.id, holdId);
    await releaseCustomerHold(deps, customer.id, holdId);
    return c.redirect(`/showtimes/${encodeURIComponent(co.showtime.id)}`, 303);
  });

  return app;
}
