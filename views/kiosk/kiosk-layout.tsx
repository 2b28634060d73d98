import type { Child } from 'hono/jsx';
import { FlashArea } from '../components/flash-message.js';
import { useI18n } from '../i18n/i18n.js';
import { useKioskWords } from '../i18n/features/kiosk.js';
import type { Flash } from '../view-types.js';
import { KioskHeader } from './kiosk-header.js';
import type { KioskHeaderInfo } from './kiosk-view-types.js';

/** The kiosk's full-page shell: big targets, keyboard first, no inline scripts or styles (strict CSP). */
export const KioskLayout = (props: { title: string; info: KioskHeaderInfo; csrfToken: string; currentPath?: string; flash?: Flash | null; children?: Child }) => {
  const { lang } = useI18n();
  const w = useKioskWords();
  return (
  <html lang={lang}>
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="csrf-token" content={props.csrfToken} />
      <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false}' />
      <title>{w.shell.tab(props.title)}</title>
      <link rel="stylesheet" href="/static/app.css" />
      <link rel="stylesheet" href="/static/booking.css" />
      <link rel="stylesheet" href="/static/kiosk.css" />
      <script src="/static/htmx.min.js" defer></script>
      <script src="/static/kiosk.js" defer></script>
    </head>
    <body class="kiosk" hx-headers={JSON.stringify({ 'x-csrf-token': props.csrfToken })}>
      <KioskHeader info={props.info} csrfToken={props.csrfToken} currentPath={props.currentPath} />
      <main id="main" class="kiosk-main" tabindex={-1}>
        <FlashArea flash={props.flash} />
        {props.children}
      </main>
    </body>
  </html>
  );
};
