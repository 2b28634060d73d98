import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppLucia } from '../auth/lucia.js';
import type { AppEnv } from './env.js';

/**
 * Loads the session from its cookie. A fresh (extended) session gets its cookie re-sent, so
 * expiry slides; an unknown, forged or expired token gets the cookie cleared.
 */
export function sessionMiddleware(lucia: AppLucia): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const sessionId = getCookie(c, lucia.sessionCookieName) ?? null;
    if (!sessionId) {
      c.set('user', null);
      c.set('session', null);
      return next();
    }
    const { session, user } = await lucia.validateSession(sessionId);
    if (!session) {
      c.header('Set-Cookie', lucia.createBlankSessionCookie().serialize(), { append: true });
    } else if (session.fresh) {
      c.header('Set-Cookie', lucia.createSessionCookie(session.id).serialize(), { append: true });
    }
    c.set('user', user);
    c.set('session', session);
    return next();
  };
}
