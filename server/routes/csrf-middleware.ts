import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { CSRF_COOKIE, CSRF_FIELD, CSRF_HEADER, csrfTokenFor, csrfTokenValid, newCsrfNonce } from '../auth/csrf.js';
import { AppError } from '../domain/errors.js';
import type { AppEnv } from './env.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every state-changing request must come from the site's own origin or carry the page's CSRF
 * token. A client that sends neither an Origin nor any cookie has no ambient authority to
 * abuse (a kiosk with a bearer token, a script), so it passes.
 */
export function csrfMiddleware(opts: { secret: string; allowedOrigins: string[]; secureCookies: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    let nonce = getCookie(c, CSRF_COOKIE);
    if (!nonce || nonce.length > 64) {
      nonce = newCsrfNonce();
      setCookie(c, CSRF_COOKIE, nonce, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: opts.secureCookies,
        path: '/',
      });
    }
    c.set('csrfToken', csrfTokenFor(opts.secret, nonce));
    if (SAFE.has(c.req.method)) return next();

    const origin = c.req.header('origin');
    if (origin && origin !== 'null' && opts.allowedOrigins.includes(origin)) return next();

    let token = c.req.header(CSRF_HEADER);
    const type = c.req.header('content-type') ?? '';
    if (!token && (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data'))) {
      const body = await c.req.parseBody();
      const field = body[CSRF_FIELD];
      if (typeof field === 'string') token = field;
    }
    if (csrfTokenValid(opts.secret, getCookie(c, CSRF_COOKIE), token)) return next();

    if (!origin && !c.req.header('cookie')) return next();
    throw new AppError('csrf_failed');
  };
}
