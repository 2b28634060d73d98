import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../server/domain/errors.js';
import { csrfMiddleware } from '../server/routes/csrf-middleware.js';
import { staticAssets } from '../server/routes/static-assets.js';
import type { KioskContext } from './context.js';
import { apiRoutes } from './routes/api-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { doorRoutes } from './routes/door-routes.js';
import { kioskErrorHandler } from './routes/kiosk-errors.js';
import { langRoutes } from './routes/lang-routes.js';
import { staffMiddleware, type KioskEnv } from './routes/kiosk-env.js';
import { sellRoutes } from './routes/sell-routes.js';
import { syncRoutes } from './routes/sync-routes.js';

export interface KioskAppOptions {
  /** HMAC secret for CSRF tokens (kept in the kiosk's SQLite file). */
  secret: string;
  /** Origins whose browser requests count as the kiosk's own. */
  allowedOrigins: string[];
}

/** The kiosk node's web app: box-office pages, door mode and the JSON API of API.md's "Kiosk node". */
export function createKioskApp(ctx: KioskContext, opts: KioskAppOptions): Hono<KioskEnv> {
  const app = new Hono<KioskEnv>();
  app.onError(kioskErrorHandler(ctx));
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    c.header('X-Frame-Options', 'DENY');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  });
  app.route('/static', staticAssets());
  app.use('*', bodyLimit({ maxSize: 64 * 1024, onError: () => { throw new AppError('payload_too_large'); } }));
  app.use('*', staffMiddleware(ctx));
  app.use('*', csrfMiddleware({ secret: opts.secret, allowedOrigins: opts.allowedOrigins, secureCookies: false }));
  app.route('/', apiRoutes(ctx));
  app.route('/', authRoutes(ctx));
  app.route('/', langRoutes());
  app.route('/', sellRoutes(ctx));
  app.route('/', doorRoutes(ctx));
  app.route('/', syncRoutes(ctx));
  app.notFound(() => {
    throw new AppError('not_found');
  });
  return app;
}
