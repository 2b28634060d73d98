import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../server/domain/errors.js';
import { isStaff } from '../../server/domain/permissions.js';
import type { AppEnv } from '../../server/routes/env.js';
import { loginRedirect } from '../../server/routes/login-redirect.js';

/**
 * The panel's front door: signed out → the login page (pages) or 401 (JSON); signed in without
 * any staff role → 403. Each route then checks the action at its theater with requireStaff.
 */
export function staffGate(kind: 'page' | 'json'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    if (!user) {
      if (kind === 'json') throw new AppError('unauthenticated');
      const url = new URL(c.req.url);
      return loginRedirect(c, c.req.method === 'GET' ? url.pathname + url.search : '/admin');
    }
    if (!isStaff(user.roles)) throw new AppError('forbidden', 'This area is for theater owners, managers and staff.');
    await next();
  };
}
