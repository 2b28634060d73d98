import { Hono } from 'hono';
import type { AuthDeps } from '../auth/deps.js';
import { listUserSessions, signOutEverywhere } from '../auth/user-sessions.js';
import { AppError } from '../domain/errors.js';
import type { AppEnv } from './env.js';

/**
 * The account's sessions: listed on the account page (and `GET /api/v1/me/sessions`), and
 * "sign out everywhere" as a form post and as `POST /api/v1/me/sign-out-everywhere`.
 */
export function sessionRoutes(deps: AuthDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const blankCookie = () => deps.lucia.createBlankSessionCookie().serialize();

  app.post('/account/sign-out-everywhere', async (c) => {
    const user = c.get('user');
    if (!user) return c.redirect('/login?next=/account', 303);
    await signOutEverywhere(deps, user.id, c.get('session')?.id ?? null);
    c.header('Set-Cookie', blankCookie(), { append: true });
    return c.redirect('/login?signedout=1', 303);
  });

  app.get('/api/v1/me/sessions', async (c) => {
    const user = c.get('user');
    if (!user) throw new AppError('unauthenticated');
    return c.json({ sessions: await listUserSessions(deps, user.id, c.get('session')?.id ?? null) });
  });

  app.post('/api/v1/me/sign-out-everywhere', async (c) => {
    const user = c.get('user');
    if (!user) throw new AppError('unauthenticated');
    await signOutEverywhere(deps, user.id, c.get('session')?.id ?? null);
    c.header('Set-Cookie', blankCookie(), { append: true });
    return c.body(null, 204);
  });

  return app;
}
