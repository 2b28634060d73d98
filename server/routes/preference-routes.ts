import { Hono, type Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { serializeDisplay, type DisplayPrefs } from '../domain/i18n/display-prefs.js';
import { isLang, type Lang } from '../domain/i18n/lang.js';
import type { Db } from '../store/db.js';
import { updatePreferences } from '../store/users.js';
import type { AppEnv } from './env.js';
import { DISPLAY_COOKIE, LANG_COOKIE } from './locale-middleware.js';
import { readForm } from './read-input.js';

const YEAR_SECONDS = 365 * 24 * 3600;

/** Only a path on this site is followed back, never another host. */
export function localPath(next: string | undefined, fallback = '/'): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : fallback;
}

/**
 * The language switcher and the display toggles every page has, and the account page's form
 * for both. Each choice goes into a cookie (this browser) and, when signed in, onto the account.
 */
export function preferenceRoutes(deps: { db: Db; secureCookies: boolean }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const remember = (c: Context<AppEnv>, name: string, value: string) =>
    setCookie(c, name, value, { path: '/', sameSite: 'Lax', secure: deps.secureCookies, httpOnly: true, maxAge: YEAR_SECONDS });

  async function save(c: Context<AppEnv>, prefs: { language?: Lang; display?: DisplayPrefs }) {
    if (prefs.language) remember(c, LANG_COOKIE, prefs.language);
    if (prefs.display) remember(c, DISPLAY_COOKIE, serializeDisplay(prefs.display));
    const user = c.get('user');
    if (user) await updatePreferences(deps.db, user.id, { language: prefs.language, display: prefs.display && serializeDisplay(prefs.display) });
  }

  app.post('/language', async (c) => {
    const form = await readForm(c);
    if (isLang(form.lang)) await save(c, { language: form.lang });
    return c.redirect(localPath(form.next), 303);
  });

  app.post('/display', async (c) => {
    const form = await readForm(c);
    const current = c.get('display');
    const display = { ...current };
    if (form.toggle === 'contrast') display.contrast = !current.contrast;
    if (form.toggle === 'large') display.largeText = !current.largeText;
    await save(c, { display });
    return c.redirect(localPath(form.next), 303);
  });

  app.post('/account/preferences', async (c) => {
    if (!c.get('user')) return c.redirect('/login?next=/account', 303);
    const form = await readForm(c);
    await save(c, { language: isLang(form.language) ? form.language : undefined, display: { contrast: form.contrast === 'on', largeText: form.large === 'on' } });
    return c.redirect('/account?saved=1', 303);
  });

  return app;
}
