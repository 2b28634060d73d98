import type { ErrorHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorBody } from '../../server/domain/errors.js';
import { toAppError, wantsJson } from '../../server/routes/error-handler.js';
import type { KioskContext } from '../context.js';
import type { KioskEnv } from './kiosk-env.js';
import { kioskPage } from './render-kiosk.js';
import { kioskLang } from './lang-routes.js';
import { KIOSK_WORDS } from '../../views/i18n/features/kiosk.js';
import { kioskErrorText } from '../../views/kiosk/kiosk-error-text.js';

/** Codes become answers in one place: JSON for the API, a page for staff (sign-in when signed out). */
export function kioskErrorHandler(ctx: KioskContext): ErrorHandler<KioskEnv> {
  return async (err, c) => {
    const e = toAppError(err, (level, msg, extra) => ctx.log(level, msg, extra), c);
    if (wantsJson(c)) return c.json(errorBody(e), e.status as ContentfulStatusCode);
    if (e.code === 'unauthenticated' && c.req.method === 'GET') return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    const lang = kioskLang(c);
    const w = KIOSK_WORDS[lang].errors;
    return kioskPage(
      c,
      ctx,
      w.sorry,
      <section class="kiosk-card">
        <h1>{w.sorry}</h1>
        <p>{kioskErrorText(lang, e)}</p>
        <p>
          <a class="kiosk-button" href="/">
            {w.backToShows}
          </a>
        </p>
      </section>,
      { status: e.status },
    );
  };
}
