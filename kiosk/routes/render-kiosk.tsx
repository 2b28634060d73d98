import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { conflictSales, cachedTheater } from '../db/cache-read.js';
import { getMeta } from '../db/meta.js';
import type { KioskContext } from '../context.js';
import { KioskLayout } from '../../views/kiosk/kiosk-layout.js';
import type { KioskHeaderInfo } from '../../views/kiosk/kiosk-view-types.js';
import type { Flash } from '../../views/view-types.js';
import { I18nContext, i18nFor } from '../../views/i18n/i18n.js';
import type { KioskEnv } from './kiosk-env.js';
import { kioskLang } from './lang-routes.js';
import { KIOSK_WORDS } from '../../views/i18n/features/kiosk.js';
import type { Lang } from '../../server/domain/i18n/lang.js';

/** "just now", "4 min ago", "3 h ago" */
export function ago(iso: string | null | undefined, now: Date, lang: Lang = 'en'): string | null {
  if (!iso) return null;
  const w = KIOSK_WORDS[lang].ago;
  const s = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 1000));
  if (s < 10) return w.justNow;
  if (s < 60) return w.seconds(s);
  if (s < 3600) return w.minutes(Math.floor(s / 60));
  if (s < 86_400) return w.hours(Math.floor(s / 3600));
  return w.days(Math.floor(s / 86_400));
}

export function headerInfo(ctx: KioskContext, staffName: string | null, lang: Lang = 'en'): KioskHeaderInfo {
  const now = ctx.clock();
  const status = ctx.sync.status();
  const w = KIOSK_WORDS[lang].shell;
  return {
    kioskName: getMeta(ctx.db, 'kioskName') ?? w.kioskNamed(ctx.kioskId),
    theaterName: cachedTheater(ctx.db)?.name ?? w.notSyncedYet,
    online: status.online,
    lastSync: ago(status.lastSyncAt, now, lang),
    cacheAge: ago(status.cachedAt, now, lang),
    pendingSales: status.pendingSales,
    openConflicts: conflictSales(ctx.db).filter((s) => s.status === 'conflict' || s.status === 'failed').length,
    staffName,
  };
}

export async function kioskPage(c: Context<KioskEnv>, ctx: KioskContext, title: string, content: Child, opts: { status?: number; flash?: Flash | null } = {}): Promise<Response> {
  const page = (
    <I18nContext.Provider value={i18nFor(kioskLang(c))}>
      <KioskLayout title={title} info={headerInfo(ctx, c.get('staff')?.name ?? null, kioskLang(c))} csrfToken={c.get('csrfToken')} currentPath={c.req.path} flash={opts.flash}>
        {content}
      </KioskLayout>
    </I18nContext.Provider>
  );
  return c.html(`<!DOCTYPE html>${await page.toString()}`, (opts.status ?? 200) as ContentfulStatusCode);
}

/** A fragment for an htmx swap, in the kiosk's page language. */
export async function kioskFragment(c: Context<KioskEnv>, content: Child, status = 200): Promise<Response> {
  const html = await (<I18nContext.Provider value={i18nFor(kioskLang(c))}>{content}</I18nContext.Provider>).toString();
  return c.html(html, status as ContentfulStatusCode);
}
