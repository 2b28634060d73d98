import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { Flash } from '../../views/view-types.js';
import { i18nFor, type I18n } from '../../views/i18n/i18n.js';
import { renderPage, requestLang } from '../../views/render.js';
import type { AppEnv } from './env.js';

/** Renders a full page for the signed-in user (if any) with the request's CSRF token. */
export function page(
  c: Context<AppEnv>,
  title: string,
  content: Child,
  opts: { status?: number; flash?: Flash | null } = {},
): Promise<Response> {
  return renderPage(c, { title, user: c.get('user'), csrfToken: c.get('csrfToken'), ...opts }, content);
}

/** The request's language, for the words a route itself puts on a page (titles, flashes). */
export function tr(c: Context): I18n {
  return i18nFor(requestLang(c));
}

/** Only same-site paths are followed after login, never another host. */
export function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/account';
}
