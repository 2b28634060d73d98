import { Hono } from 'hono';
import { bookingView } from '../booking/booking-view.js';
import { cancelBooking, cancellationQuote, getCustomerBooking } from '../booking/cancel-booking.js';
import { createBooking } from '../booking/create-booking.js';
import type { BookingDeps } from '../booking/deps.js';
import { myBookings } from '../booking/my-bookings.js';
import { countCustomerHold } from '../booking/hold-rate.js';
import { placeHoldForCustomer } from '../booking/place-hold.js';
import { releaseCustomerHold } from '../booking/release-hold.js';
import { bookingInput, holdInput, idempotencyKey } from '../booking/schemas.js';
import { seatMap } from '../booking/seat-map.js';
import { announceExpiredHolds } from '../booking/waitlist.js';
import { bookingNotifications } from '../notify/booking-notifications.js';
import type { AppEnv } from './env.js';
import { readJson, validate } from './read-input.js';
import { requireUser } from './require-user.js';

/** Seat maps, holds and bookings under /api/v1, as API.md writes them. */
export function apiBookingRoutes(deps: BookingDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/showtimes/:id/seats', async (c) => {
    const map = await seatMap(deps.db, c.req.param('id'), deps.clock());
    void announceExpiredHolds(deps, map.showtime.id).catch(() => undefined); // the waitlist hears of expired holds
    return c.json({
      showtimeId: map.showtime.id,
      currency: 'INR',
      seats: map.seats.map(({ id, row, number, x, y, type, priceMinor, status }) => ({ id, row, number, x, y, type, priceMinor, status })),
    });
  });

  app.post('/holds', async (c) => {
    const customer = requireUser(c);
    const input = validate(holdInput, await readJson(c));
    await countCustomerHold(deps, customer.id);
    const { hold, quote } = await placeHoldForCustomer(deps, customer, input);
    return c.json({ hold: { id: hold.id, showtimeId: hold.showtimeId, seats: hold.seats, expiresAt: hold.expiresAt }, quote }, 201);
  });

  app.delete('/holds/:id', async (c) => {
    const customer = requireUser(c);
    await releaseCustomerHold(deps, customer.id, c.req.param('id'));
    return c.body(null, 204);
  });

  app.post('/bookings', async (c) => {
    const customer = requireUser(c);
    const rawKey = c.req.header('idempotency-key');
    const key = rawKey === undefined ? undefined : validate(idempotencyKey, rawKey);
    const input = validate(bookingInput, await readJson(c));
    const outcome = await createBooking(deps, customer, input, key);
    return c.json({ booking: bookingView(outcome.booking) }, outcome.status);
  });

  app.get('/bookings', async (c) => {
    const customer = requireUser(c);
    const { all } = await myBookings(deps.db, customer.id, deps.clock());
    return c.json({ bookings: all.map(bookingView) });
  });

  app.get('/bookings/:id', async (c) => {
    const customer = requireUser(c);
    const booking = await getCustomerBooking(deps, customer.id, c.req.param('id'));
    const notifications = (await bookingNotifications(deps.db, booking)).map(({ kind, channel, status, sentAt }) => ({ kind, channel, status, ...(sentAt ? { sentAt } : {}) }));
    return c.json({ booking: { ...bookingView(booking), notifications } });
  });

  app.get('/bookings/:id/cancellation', async (c) => {
    const customer = requireUser(c);
    const { booking, refund } = await cancellationQuote(deps, customer.id, c.req.param('id'));
    return c.json({ bookingId: booking.id, cancellable: booking.status === 'confirmed' && refund.cancellable, refund });
  });

  app.post('/bookings/:id/cancel', async (c) => {
    const customer = requireUser(c);
    return c.json({ booking: bookingView(await cancelBooking(deps, customer, c.req.param('id'))) });
  });

  return app;
}
