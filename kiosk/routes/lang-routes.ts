import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isLang, type Lang } from '../../server/domain/i18n/lang.js';
import { readForm } from '../../server/routes/read-input.js';
import type { KioskEnv } from './kiosk-env.js';

export const KIOSK_LANG_COOKIE = 'lang';

/** The kiosk page language: this browser's choice on the header switch; English until one is made. */
export function kioskLang(c: Context): Lang {
  const lang = getCookie(c, KIOSK_LANG_COOKIE);
  return isLang(lang) ? lang : 'en';
}

const safeBack = (to: string | undefined) => (to && to.startsWith('/') && !to.startsWith('//') && !to.startsWith('/\\') ? to : '/');

/** `POST /language` (lang, next): remembers the language for a year and goes back to the page. */
export function langRoutes(): Hono<KioskEnv> {
  const app = new Hono<KioskEnv>();
  app.post('/language', async (c) => {
    const form = await readForm(c);
    if (isLang(form.lang)) setCookie(c, KIOSK_LANG_COOKIE, form.lang, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 365 * 86_400 });
    return c.redirect(safeBack(form.next), 303);
  });
  return app;
}
