import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../server/domain/errors.js';
import { may, type Action } from '../../server/domain/permissions.js';
import type { AppEnv } from '../../server/routes/env.js';
import { SESSION_COOKIE, sessionStaff, type KioskStaff } from '../auth/kiosk-session.js';
import { getMeta } from '../db/meta.js';
import type { KioskContext } from '../context.js';

/** The server's request variables (so its CSRF middleware fits) plus the person signed in here. */
export type KioskEnv = { Variables: AppEnv['Variables'] & { staff: KioskStaff | null } };

export function staffMiddleware(ctx: KioskContext): MiddlewareHandler<KioskEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('session', null);
    c.set('staff', sessionStaff(ctx.db, getCookie(c, SESSION_COOKIE), ctx.clock()));
    await next();
  };
}

/** The person signed in here, allowed to do `action` at this kiosk's theater; 401/403 otherwise. */
export function requireKioskStaff(c: Context<KioskEnv>, ctx: KioskContext, action: Action): KioskStaff {
  const staff = c.get('staff');
  if (!staff) throw new AppError('unauthenticated', 'Sign in at the box office first.');
  const theaterId = getMeta(ctx.db, 'theaterId');
  if (!theaterId || !may(staff.roles, action, theaterId)) throw new AppError('forbidden');
  return staff;
}
