import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AuthDeps } from '../auth/deps.js';
import { login } from '../auth/login.js';
import { register } from '../auth/register.js';
import { loginInput, registerInput, resendCodeInput, verifyEmailInput } from '../auth/schemas.js';
import { resendCode, verifyEmail } from '../auth/verify-email.js';
import { AppError } from '../domain/errors.js';
import { publicUser } from '../domain/user.js';
import { clientAddress } from './client-address.js';
import type { AppEnv } from './env.js';
import { readJson, validate } from './read-input.js';

/** `/api/v1/auth/*` and `/api/v1/me`, as API.md's Accounts section writes them. */
export function apiAuthRoutes(deps: AuthDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/auth/register', async (c) => {
    const input = validate(registerInput, await readJson(c));
    const user = await register(deps, input, clientAddress(c));
    return c.json({ user: publicUser(user) }, 201);
  });

  app.post('/auth/verify-email', async (c) => {
    const input = validate(verifyEmailInput, await readJson(c));
    const user = await verifyEmail(deps, input);
    return c.json({ user: publicUser(user) }, 200);
  });

  app.post('/auth/resend-code', async (c) => {
    const input = validate(resendCodeInput, await readJson(c));
    await resendCode(deps, input);
    return c.json({ status: 'sent_if_unverified' }, 202);
  });

  app.post('/auth/login', async (c) => {
    const input = validate(loginInput, await readJson(c));
    const previous = getCookie(c, deps.lucia.sessionCookieName) ?? null;
    const result = await login(deps, input, clientAddress(c), previous, c.req.header('user-agent'));
    c.header('Set-Cookie', result.cookie.serialize(), { append: true });
    return c.json({ user: publicUser(result.user) }, 200);
  });

  app.post('/auth/logout', async (c) => {
    const session = c.get('session');
    if (session) await deps.lucia.invalidateSession(session.id);
    c.header('Set-Cookie', deps.lucia.createBlankSessionCookie().serialize(), { append: true });
    return c.body(null, 204);
  });

  app.get('/me', (c) => {
    const user = c.get('user');
    if (!user) throw new AppError('unauthenticated');
    return c.json({
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        phone: user.phone,
        emailVerified: user.emailVerified,
        roles: user.roles,
        language: user.language ?? null,
      },
    });
  });

  return app;
}
