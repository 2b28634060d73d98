import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DEFAULT_DISPLAY, type DisplayPrefs } from '../server/domain/i18n/display-prefs.js';
import { isLang, type Lang } from '../server/domain/i18n/lang.js';
import { I18nContext, i18nFor } from './i18n/i18n.js';
import { Layout } from './layout.js';
import type { Flash, ViewUser } from './view-types.js';

export type RenderPageOptions = {
  title: string;
  user?: ViewUser | null;
  csrfToken: string;
  flash?: Flash | null;
  status?: number;
};

/** The request's page language (locale-middleware.ts sets it); English before that has run. */
export function requestLang(c: Context): Lang {
  const lang: unknown = c.get('lang');
  return isLang(lang) ? lang : 'en';
}

function requestDisplay(c: Context): DisplayPrefs {
  const display: unknown = c.get('display');
  return display && typeof display === 'object' ? (display as DisplayPrefs) : DEFAULT_DISPLAY;
}

/** Renders `content` inside the Layout, in the request's language, as a standards-mode HTML document. */
export async function renderPage(
  c: Context,
  opts: RenderPageOptions,
  content: Child,
): Promise<Response> {
  const url = new URL(c.req.url);
  // After a form post the address is the form's action: the switchers then go home, not back to it.
  const currentUrl = c.req.method === 'GET' ? url.pathname + url.search : undefined;
  const page = (
    <I18nContext.Provider value={i18nFor(requestLang(c))}>
      <Layout
        title={opts.title}
        user={opts.user}
        csrfToken={opts.csrfToken}
        flash={opts.flash}
        currentPath={c.req.path}
        currentUrl={currentUrl}
        display={requestDisplay(c)}
      >
        {content}
      </Layout>
    </I18nContext.Provider>
  );
  // toString() is a Promise when any component is async; await covers both.
  const html = await page.toString();
  // Callers pass codes from our error table; none of them is a 1xx/204/304.
  const status = (opts.status ?? 200) as ContentfulStatusCode;
  return c.html('<!DOCTYPE html>' + html, status);
}

/** Renders a fragment on its own, in the request's language, for htmx swaps. */
export async function renderFragment(c: Context, content: Child, status = 200): Promise<Response> {
  const html = await (<I18nContext.Provider value={i18nFor(requestLang(c))}>{content}</I18nContext.Provider>).toString();
  return c.html(html, status as ContentfulStatusCode);
}
