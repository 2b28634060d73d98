import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { adminRoutes } from '../admin/routes/admin-routes.js';
import { isPosterUpload, posterBodyLimit } from '../admin/routes/poster-routes.js';
import type { Config } from './config.js';
import type { AuthDeps } from './auth/deps.js';
import { createLucia } from './auth/lucia.js';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimitSettings } from './auth/rate-limiter.js';
import type { BookingDeps } from './booking/deps.js';
import type { PaymentGateway } from './booking/payment-gateway.js';
import { TestGateway } from './booking/test-gateway.js';
import { AppError } from './domain/errors.js';
import type { MailboxReader } from './local/mailbox-reader.js';
import { accountPageRoutes } from './routes/account-pages.js';
import { apiAuthRoutes } from './routes/api-auth.js';
import { apiBookingRoutes } from './routes/api-bookings.js';
import { apiCatalogRoutes } from './routes/api-catalog.js';
import { apiKioskRoutes } from './routes/api-kiosk.js';
import { apiKioskAdminRoutes } from './routes/api-kiosk-admin.js';
import { apiNotificationRoutes } from './routes/api-notifications.js';
import { apiTicketRoutes } from './routes/api-tickets.js';
import { bookingPageRoutes } from './routes/booking-pages.js';
import { clientAddressMiddleware } from './routes/client-address.js';
import { csrfMiddleware } from './routes/csrf-middleware.js';
import { devMailboxRoutes } from './routes/dev-mailbox.js';
import type { AppEnv } from './routes/env.js';
import { errorHandler, type Logger } from './routes/error-handler.js';
import { formBodyCheck } from './routes/form-body.js';
import { healthRoutes } from './routes/health.js';
import { metricsRoutes } from './routes/metrics-routes.js';
import { requestLog } from './routes/request-log.js';
import { reviewRoutes } from './routes/review-routes.js';
import { rewardsRoutes } from './routes/rewards-routes.js';
import { trackInFlight } from './routes/in-flight.js';
import { localeMiddleware } from './routes/locale-middleware.js';
import { pageRoutes } from './routes/pages.js';
import { preferenceRoutes } from './routes/preference-routes.js';
import { securityHeaders } from './routes/security-headers.js';
import { sessionRoutes } from './routes/session-routes.js';
import { sessionMiddleware } from './routes/session-middleware.js';
import { staticAssets } from './routes/static-assets.js';
import { ticketDownloadRoutes } from './routes/ticket-download.js';
import { urlLimits } from './routes/url-limits.js';
import { Lifecycle } from './ops/lifecycle.js';
import type { Db } from './store/db.js';
import { ephemeralKeyring, type TicketKeyring } from './tickets/keys.js';

export interface AppDeps {
  config: Pick<Config, 'allowedOrigins' | 'publicUrl' | 'secureCookies' | 'holdMinutes'> & Partial<Pick<Config, 'reminderHours' | 'trustProxyHops' | 'metricsToken'>>;
  db: Db;
  appSecret: string;
  clock: () => Date;
  log: Logger;
  rateLimits: RateLimitSettings | 'off';
  /** Called after a write that put messages in the outbox. */
  messagesWaiting: () => void;
  /** The payment provider; the built-in test gateway when none is given. */
  gateway?: PaymentGateway;
  /** Local mode only: the SNS sink's mailbox, shown at /dev/mailbox. */
  mailbox?: MailboxReader;
  /** Signs ticket QR codes (main.ts passes the configured keys); tests may leave it to a throwaway one. */
  ticketKeys?: TicketKeyring;
  /** Where uploaded movie posters are kept (DATA_DIR/posters in local mode); without it uploads are refused. */
  posterDir?: string;
  /** Draining state and requests in flight, for /readyz and graceful shutdown (main.ts passes its own). */
  lifecycle?: Lifecycle;
}

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const lucia = createLucia(deps.db, { secureCookies: deps.config.secureCookies });
  const auth: AuthDeps = {
    db: deps.db,
    lucia,
    limiter: new RateLimiter(deps.db, deps.rateLimits),
    appSecret: deps.appSecret,
    publicUrl: deps.config.publicUrl,
    clock: deps.clock,
    messagesWaiting: deps.messagesWaiting,
  };

  const booking: BookingDeps = {
    db: deps.db,
    gateway: deps.gateway ?? new TestGateway(deps.db, deps.clock),
    clock: deps.clock,
    holdMinutes: deps.config.holdMinutes,
    publicUrl: deps.config.publicUrl,
    reminderHours: deps.config.reminderHours,
    messagesWaiting: deps.messagesWaiting,
    log: deps.log,
    limiter: auth.limiter,
  };

  const tickets = { db: deps.db, keys: deps.ticketKeys ?? ephemeralKeyring() };

  const app = new Hono<AppEnv>();
  app.onError(errorHandler(deps.log));
  app.use('*', requestLog(deps.log));
  app.use('*', securityHeaders({ hsts: deps.config.secureCookies }));
  const lifecycle = deps.lifecycle ?? new Lifecycle();
  app.route('/', healthRoutes({ db: deps.db, lifecycle }));
  app.route('/', metricsRoutes({ db: deps.db, clock: deps.clock, lifecycle, token: deps.config.metricsToken }));
  app.use('*', trackInFlight(lifecycle));
  app.route('/static', staticAssets());

  const smallBodies = bodyLimit({
    maxSize: 64 * 1024,
    onError: () => {
      throw new AppError('payload_too_large');
    },
  });
  app.use('*', (c, next) => (isPosterUpload(c.req.path) ? posterBodyLimit(c, next) : smallBodies(c, next)));
  app.use('*', formBodyCheck());
  app.use('*', urlLimits());
  app.use('*', clientAddressMiddleware(deps.config.trustProxyHops ?? 0));
  app.use('*', sessionMiddleware(lucia));
  app.use('*', localeMiddleware());
  app.use('*', csrfMiddleware({ secret: deps.appSecret, allowedOrigins: deps.config.allowedOrigins, secureCookies: deps.config.secureCookies }));

  app.route('/api/v1', apiAuthRoutes(auth));
  app.route('/api/v1', apiCatalogRoutes(deps));
  app.route('/api/v1', apiBookingRoutes(booking));
  app.route('/api/v1', apiTicketRoutes(tickets));
  app.route('/api/v1', apiNotificationRoutes(booking));
  app.route('/', reviewRoutes(deps));
  app.route('/api/v1', apiKioskAdminRoutes({ ...deps, ticketKeys: tickets.keys }));
  app.route('/api/v1/kiosk', apiKioskRoutes({ ...deps, ticketKeys: tickets.keys }));
  app.route('/', ticketDownloadRoutes(tickets));
  app.route('/', pageRoutes(deps));
  app.route('/', accountPageRoutes(auth));
  app.route('/', preferenceRoutes({ db: deps.db, secureCookies: deps.config.secureCookies }));
  app.route('/', sessionRoutes(auth));
  app.route('/', bookingPageRoutes(booking));
  app.route('/', rewardsRoutes(booking));
  app.route('/', adminRoutes({ db: deps.db, clock: deps.clock, log: deps.log, booking, posterDir: deps.posterDir, ticketKeys: tickets.keys }));
  if (deps.mailbox) app.route('/dev', devMailboxRoutes(deps.mailbox));

  app.notFound(() => {
    throw new AppError('not_found');
  });
  return app;
}

export { DEFAULT_RATE_LIMITS };
