import { Hono } from 'hono';
import { cancelBooking, cancellationQuote } from '../booking/cancel-booking.js';
import type { BookingDeps } from '../booking/deps.js';
import { myBookings } from '../booking/my-bookings.js';
import { policySentences } from '../booking/theater-policy.js';
import { AppError } from '../domain/errors.js';
import { bookingNotifications, resendForCustomer } from '../notify/booking-notifications.js';
import { BookingDetailPage } from '../../views/pages/booking-detail.js';
import { CancelBookingPage } from '../../views/pages/cancel-booking.js';
import { MyBookingsPage } from '../../views/pages/my-bookings.js';
import type { AppEnv } from './env.js';
import { loginRedirect } from './login-redirect.js';
import { errorText } from '../../views/i18n/error-text.js';
import { page, tr } from './render.js';
import { requireUser } from './require-user.js';

/** My bookings, one booking's page, and cancelling it with the refund shown first. */
export function myBookingPageRoutes(deps: BookingDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/bookings', async (c) => {
    if (!c.get('user')) return loginRedirect(c, '/bookings');
    const { upcoming, past } = await myBookings(deps.db, requireUser(c).id, deps.clock());
    return page(c, tr(c).t.myBookings.title, <MyBookingsPage upcoming={upcoming} past={past} />);
  });

  app.get('/bookings/:id', async (c) => {
    const id = c.req.param('id');
    if (!c.get('user')) return loginRedirect(c, `/bookings/${encodeURIComponent(id)}`);
    const { booking, refund } = await cancellationQuote(deps, requireUser(c).id, id);
    const w = tr(c).t.booking;
    const title = booking.status === 'confirmed' ? w.confirmed : w.cancelled;
    const deliveries = await bookingNotifications(deps.db, booking);
    const notice = c.req.query('resent') === '1' ? w.resent : null;
    return page(
      c,
      title,
      <BookingDetailPage booking={booking} cancellable={booking.status === 'confirmed' && refund.cancellable} deliveries={deliveries} csrfToken={c.get('csrfToken')} notice={notice} />,
    );
  });

  app.post('/bookings/:id/resend', async (c) => {
    const id = c.req.param('id');
    if (!c.get('user')) return loginRedirect(c, `/bookings/${encodeURIComponent(id)}`);
    await resendForCustomer(deps, requireUser(c).id, id);
    return c.redirect(`/bookings/${encodeURIComponent(id)}?resent=1`, 303);
  });

  app.get('/bookings/:id/cancel', async (c) => {
    const id = c.req.param('id');
    if (!c.get('user')) return loginRedirect(c, `/bookings/${encodeURIComponent(id)}/cancel`);
    const { booking, refund } = await cancellationQuote(deps, requireUser(c).id, id);
    const policy = await policySentences(deps.db, booking.theaterId, tr(c).t.policy.words);
    return page(c, tr(c).t.cancel.title, <CancelBookingPage booking={booking} refund={refund} policy={policy} csrfToken={c.get('csrfToken')} />);
  });

  app.post('/bookings/:id/cancel', async (c) => {
    const id = c.req.param('id');
    if (!c.get('user')) return loginRedirect(c, `/bookings/${encodeURIComponent(id)}/cancel`);
    const customer = requireUser(c);
    try {
      const booking = await cancelBooking(deps, customer, id);
      const amount = booking.refund?.amountMinor ?? 0;
      const i18n = tr(c);
      const text = amount > 0 ? i18n.t.booking.cancelledRefund(i18n.money(amount)) : i18n.t.booking.cancelledNoRefund;
      const deliveries = await bookingNotifications(deps.db, booking);
      return page(c, i18n.t.booking.cancelled, <BookingDetailPage booking={booking} cancellable={false} deliveries={deliveries} csrfToken={c.get('csrfToken')} />, {
        flash: { kind: 'success', text },
      });
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'not_cancellable') throw err;
      const { booking, refund } = await cancellationQuote(deps, customer.id, id);
      const policy = await policySentences(deps.db, booking.theaterId, tr(c).t.policy.words);
      return page(c, tr(c).t.cancel.title, <CancelBookingPage booking={booking} refund={refund} policy={policy} csrfToken={c.get('csrfToken')} error={errorText(tr(c), err)} />, {
        status: err.status,
      });
    }
  });

  return app;
}
