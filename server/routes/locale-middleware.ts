import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { DEFAULT_DISPLAY, parseDisplay } from '../domain/i18n/display-prefs.js';
import { chooseLang } from '../domain/i18n/lang.js';
import type { AppEnv } from './env.js';

export const LANG_COOKIE = 'lang';
export const DISPLAY_COOKIE = 'display';

/**
 * The page language and display settings of this request: the cookie first (this browser's
 * last choice), then the account's saved choice, then the browser's Accept-Language.
 */
export function localeMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const user = c.get('user');
    c.set('lang', chooseLang({ cookie: getCookie(c, LANG_COOKIE), account: user?.language, acceptLanguage: c.req.header('accept-language') }));
    c.set('display', parseDisplay(getCookie(c, DISPLAY_COOKIE)) ?? parseDisplay(user?.display) ?? DEFAULT_DISPLAY);
    return next();
  };
}
