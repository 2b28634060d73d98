import { Hono } from 'hono';
import { cancelBooking, cancellationQuote } from '../booking/cancel-booking.js';
import type { BookingDeps } from '../booking/deps.js';
import { myBookings } from '../booking/my-bookings.js';
import { policySentences } from '../booking/theater-policy.js';
import { AppError } from '../domain/errors.js';
import { formatInr } from '../domain/money.js';
import { bookingNotifications, resendForCustomer } from '../notify/booking-notifications.js';
import { BookingDetailPage } from '../../views/pages/booking-detail.js';
import { CancelBookingPage } from '../../views/pages/cancel-booking.js';
import { MyBookingsPage } from '../../views/pages/my-bookings.js';
import type { AppEnv } from './env.js';
import { loginRedirect } from './login-redirect.js';
import { page } from './render.js';
import { requireUser } from './require-user.js';

/** My bookings, one booking's page, and cancelling it with the refund shown first. */
export function myBookingPageRoutes(deps: BookingDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/bookings', async (c) => {
    if (!c.get('user')) return loginRedirect(c, '/bookings');
    const { upcoming, past } = await myBookings(deps.db, requireUser(c).id, deps.clock());
    return page(c, 'My bookings', <MyBookingsPage upcoming={upcoming} past={past} />);
  });

  app.get('/bookings/:id', async (c) => {
    const id = c.req.param('id');
    if (!c.get('user')) return loginRedirect(c, `/bookings/${encodeURIComponent(id)}`);
    const { booking, refund } = await cancellationQuote(deps, requireUser(c).id, id);
    const title = booking.status === 'confirmed' ? 'Booking confirmed' : 'Booking cancelled';
    const deliveries = await bookingNotifications(deps.db, booking);
    const notice = c.req.query('resent') === '1' ? 'We are sending your confirmation again.' : null;
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
    const policy = await policySentences(deps.db, booking.theaterId);
    return page(c, 'Cancel booking', <CancelBookingPage booking={booking} refund={refund} policy={policy} csrfToken={c.get('csrfToken')} />);
  });

  app.post('/bookings/:id/cancel', async (c) => {
    const id = c.req.param('id');
    if (!c.get('user')) return loginRedirect(c, `/bookings/${encodeURIComponent(id)}/cancel`);
    const customer = requireUser(c);
    try {
      const booking = await cancelBooking(deps, customer, id);
      const amount = booking.refund?.amountMinor ?? 0;
      const text = amount > 0 ? `Booking cancelled. ${formatInr(amount)} is on its way back to your original payment method.` : 'Booking cancelled. Your seats are free for others now.';
      const deliveries = await bookingNotifications(deps.db, booking);
      return page(c, 'Booking cancelled', <BookingDetailPage booking={booking} cancellable={false} deliveries={deliveries} csrfToken={c.get('csrfToken')} />, {
        flash: { kind: 'success', text },
      });
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'not_cancellable') throw err;
      const { booking, refund } = await cancellationQuote(deps, customer.id, id);
      const policy = await policySentences(deps.db, booking.theaterId);
      return page(c, 'Cancel booking', <CancelBookingPage booking={booking} refund={refund} policy={policy} csrfToken={c.get('csrfToken')} error={err.message} />, {
        status: err.status,
      });
    }
  });

  return app;
}
