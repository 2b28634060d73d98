import { Hono } from 'hono';
import type { BookingDeps } from '../booking/deps.js';
import { checkoutPageRoutes } from './checkout-pages.js';
import type { AppEnv } from './env.js';
import { myBookingPageRoutes } from './my-booking-pages.js';
import { seatMapPageRoutes } from './seat-map-pages.js';

/** The customer's booking pages: seat map → checkout → booking, and My bookings. */
export function bookingPageRoutes(deps: BookingDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.route('/', seatMapPageRoutes(deps));
  app.route('/', checkoutPageRoutes(deps));
  app.route('/', myBookingPageRoutes(deps));
  return app;
}
