import type { Child } from 'hono/jsx';
import { DEFAULT_DISPLAY, displayClasses, type DisplayPrefs } from '../server/domain/i18n/display-prefs.js';
import { FlashArea } from './components/flash-message.js';
import { SiteFooter } from './components/site-footer.js';
import { SiteHeader } from './components/site-header.js';
import { useI18n } from './i18n/i18n.js';
import type { Flash, ViewUser } from './view-types.js';

export type LayoutProps = {
  title: string;
  user?: ViewUser | null;
  csrfToken: string;
  flash?: Flash | null;
  /** Request path, to mark the current nav link; renderPage fills it in. */
  currentPath?: string;
  /** Path and query of this page, where the language and display forms come back to. */
  currentUrl?: string;
  display?: DisplayPrefs;
  children?: Child;
};

/**
 * The one full-page shell. No inline scripts or style attributes: a strict CSP
 * (script-src 'self'; style-src 'self') must keep working.
 */
export const Layout = (props: LayoutProps) => {
  const { title, user, csrfToken, flash, currentPath, children } = props;
  const { lang, t } = useI18n();
  const display = props.display ?? DEFAULT_DISPLAY;
  const back = props.currentUrl;
  // htmx sends these headers on every request it makes; JSON.stringify keeps the token quoted safely.
  const hxHeaders = JSON.stringify({ 'x-csrf-token': csrfToken });
  return (
    <html lang={lang} class={displayClasses(display) || undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="csrf-token" content={csrfToken} />
        <meta name="color-scheme" content="light" />
        {/* htmx must not inject its indicator <style> or evaluate strings: the CSP forbids both. */}
        <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false}' />
        <title>{`${title} · Movie Magic`}</title>
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/htmx.min.js" defer></script>
      </head>
      <body hx-headers={hxHeaders}>
        <a href="#main" class="skip-link">
          {t.layout.skip}
        </a>
        <SiteHeader user={user} csrfToken={csrfToken} currentPath={currentPath} currentUrl={back} />
        {user && !user.emailVerified && currentPath !== '/verify-email' ? (
          <p class="verify-banner">
            {t.layout.verifyBanner} <a href="/verify-email">{t.layout.verifyLink}</a>
          </p>
        ) : null}
        <main id="main" class="site-main" tabindex={-1}>
          <FlashArea flash={flash} />
          {children}
        </main>
        <SiteFooter csrfToken={csrfToken} currentUrl={back} display={display} />
      </body>
    </html>
  );
};
