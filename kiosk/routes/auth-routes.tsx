import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { AppError } from '../../server/domain/errors.js';
import { readForm, readJson, validate } from '../../server/routes/read-input.js';
import { KioskLoginForm } from '../../views/kiosk/kiosk-forms.js';
import { SESSION_COOKIE, createSession, deleteSession, type KioskStaff } from '../auth/kiosk-session.js';
import { staffLogin } from '../auth/staff-login.js';
import { getMeta } from '../db/meta.js';
import type { KioskContext } from '../context.js';
import type { KioskEnv } from './kiosk-env.js';
import { kioskPage } from './render-kiosk.js';
import { kioskLang } from './lang-routes.js';
import { KIOSK_WORDS } from '../../views/i18n/features/kiosk.js';
import { kioskErrorText } from '../../views/kiosk/kiosk-error-text.js';

const loginSchema = z.object({ email: z.string().trim().min(1).max(200), password: z.string().min(1).max(200) });

const safeNext = (next: string | undefined) => (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/');

/** Sign-in and sign-out at the kiosk, as pages and as API.md's `POST /api/v1/auth/login`. */
export function authRoutes(ctx: KioskContext): Hono<KioskEnv> {
  const app = new Hono<KioskEnv>();

  const signIn = async (c: Context<KioskEnv>, email: string, password: string): Promise<KioskStaff> => {
    if (!getMeta(ctx.db, 'cachedAt')) throw new AppError('store_unavailable', 'This kiosk has not synced yet, so it knows no staff. Connect it to the server once.', { why: 'not_synced' });
    const staff = await staffLogin(ctx.db, email, password, ctx.clock());
    const old = getCookie(c, SESSION_COOKIE);
    deleteSession(ctx.db, old);
    const session = createSession(ctx.db, staff.id, ctx.clock());
    setCookie(c, SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'Strict', path: '/', expires: session.expiresAt });
    return staff;
  };

  app.get('/login', (c) => kioskPage(c, ctx, KIOSK_WORDS[kioskLang(c)].signIn.title, <KioskLoginForm csrfToken={c.get('csrfToken')} next={safeNext(c.req.query('next'))} />));

  app.post('/login', async (c) => {
    const form = await readForm(c);
    try {
      await signIn(c, form.email ?? '', form.password ?? '');
    } catch (err) {
      if (!(err instanceof AppError) || !['invalid_credentials', 'rate_limited', 'store_unavailable'].includes(err.code)) throw err;
      return kioskPage(c, ctx, KIOSK_WORDS[kioskLang(c)].signIn.title, <KioskLoginForm csrfToken={c.get('csrfToken')} email={form.email} error={kioskErrorText(kioskLang(c), err)} next={safeNext(form.next)} />, { status: err.status });
    }
    return c.redirect(safeNext(form.next), 303);
  });

  app.post('/logout', (c) => {
    deleteSession(ctx.db, getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });

  app.post('/api/v1/auth/login', async (c) => {
    const { email, password } = validate(loginSchema, await readJson(c));
    const staff = await signIn(c, email, password);
    return c.json({ user: { id: staff.id, email: staff.email, name: staff.name, emailVerified: true, roles: staff.roles } });
  });

  app.post('/api/v1/auth/logout', (c) => {
    deleteSession(ctx.db, getCookie(c, SESSION_COOKIE));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  return app;
}
