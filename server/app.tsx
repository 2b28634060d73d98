import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Config } from './config.js';
import type { AuthDeps } from './auth/deps.js';
import { createLucia } from './auth/lucia.js';
import { DEFAULT_RATE_LIMITS, RateLimiter, type RateLimitSettings } from './auth/rate-limiter.js';
import { AppError } from './domain/errors.js';
import type { MailboxReader } from './local/mailbox-reader.js';
import { accountPageRoutes } from './routes/account-pages.js';
import { apiAuthRoutes } from './routes/api-auth.js';
import { apiCatalogRoutes } from './routes/api-catalog.js';
import { csrfMiddleware } from './routes/csrf-middleware.js';
import { devMailboxRoutes } from './routes/dev-mailbox.js';
import type { AppEnv } from './routes/env.js';
import { errorHandler, type Logger } from './routes/error-handler.js';
import { healthRoutes } from './routes/health.js';
import { pageRoutes } from './routes/pages.js';
import { sessionMiddleware } from './routes/session-middleware.js';
import { staticAssets } from './routes/static-assets.js';
import type { Db } from './store/db.js';

export interface AppDeps {
  config: Pick<Config, 'allowedOrigins' | 'publicUrl' | 'secureCookies'>;
  db: Db;
  appSecret: string;
  clock: () => Date;
  log: Logger;
  rateLimits: RateLimitSettings | 'off';
  /** Called after a write that put messages in the outbox. */
  messagesWaiting: () => void;
  /** Local mode only: the SNS sink's mailbox, shown at /dev/mailbox. */
  mailbox?: MailboxReader;
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

  const app = new Hono<AppEnv>();
  app.onError(errorHandler(deps.log));
  app.route('/', healthRoutes(deps));
  app.route('/static', staticAssets());

  app.use(
    '*',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: () => {
        throw new AppError('payload_too_large');
      },
    }),
  );
  app.use('*', sessionMiddleware(lucia));
  app.use('*', csrfMiddleware({ secret: deps.appSecret, allowedOrigins: deps.config.allowedOrigins, secureCookies: deps.config.secureCookies }));

  app.route('/api/v1', apiAuthRoutes(auth));
  app.route('/api/v1', apiCatalogRoutes(deps));
  app.route('/', pageRoutes(deps));
  app.route('/', accountPageRoutes(auth));
  if (deps.mailbox) app.route('/dev', devMailboxRoutes(deps.mailbox));

  app.notFound(() => {
    throw new AppError('not_found');
  });
  return app;
}

export { DEFAULT_RATE_LIMITS };
