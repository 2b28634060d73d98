import { Hono, type Context } from 'hono';
import { desc } from 'drizzle-orm';
import { getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { readForm, readJson, validate } from '../../server/routes/read-input.js';
import { DoorPage, DoorResult } from '../../views/kiosk/door-page.js';
import { cachedTheater } from '../db/cache-read.js';
import { scans } from '../db/schema.js';
import type { KioskContext } from '../context.js';
import { scanTicket } from '../checkin/scan-ticket.js';
import { requireKioskStaff, type KioskEnv } from './kiosk-env.js';
import { ago, kioskFragment, kioskPage } from './render-kiosk.js';
import { kioskLang } from './lang-routes.js';
import { KIOSK_WORDS } from '../../views/i18n/features/kiosk.js';

const DOOR_COOKIE = 'mmk_door';
const scanSchema = z.object({ ticket: z.string().trim().min(1).max(400), door: z.string().trim().min(1).max(40) });

/** Door mode: scan, see green or red, next. htmx swaps only the result; without JS the page reloads. */
export function doorRoutes(ctx: KioskContext): Hono<KioskEnv> {
  const app = new Hono<KioskEnv>();
  const recent = () =>
    ctx.db
      .select()
      .from(scans)
      .orderBy(desc(scans.scannedAt))
      .limit(8)
      .all()
      .map((s) => ({ at: s.scannedAt, seat: s.seat, admitted: s.admitted, reason: s.reason }));
  const timezone = () => cachedTheater(ctx.db)?.timezone ?? 'Asia/Kolkata';
  const cache = (c: Context<KioskEnv>) => ({ age: ago(ctx.sync.status().cachedAt, ctx.clock(), kioskLang(c)), online: ctx.sync.online() });

  app.get('/door', (c) => {
    requireKioskStaff(c, ctx, 'checkin.scan');
    return kioskPage(c, ctx, KIOSK_WORDS[kioskLang(c)].door.title, <DoorPage csrfToken={c.get('csrfToken')} door={getCookie(c, DOOR_COOKIE) ?? 'Main door'} timezone={timezone()} result={null} recent={recent()} cache={cache(c)} />);
  });

  app.post('/door/scan', async (c) => {
    requireKioskStaff(c, ctx, 'checkin.scan');
    const form = await readForm(c);
    const input = validate(scanSchema, { ticket: form.ticket ?? '', door: form.door ?? '' });
    const result = scanTicket(ctx.db, { payload: input.ticket, door: input.door }, ctx.clock());
    setCookie(c, DOOR_COOKIE, input.door, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 365 * 86_400 });
    ctx.sync.kick();
    if (c.req.header('hx-request')) return kioskFragment(c, <DoorResult result={result} />);
    return kioskPage(c, ctx, KIOSK_WORDS[kioskLang(c)].door.title, <DoorPage csrfToken={c.get('csrfToken')} door={input.door} timezone={timezone()} result={result} recent={recent()} cache={cache(c)} />, { status: result.admitted ? 200 : 409 });
  });

  /** The same check for a scanner app: `{ticket, door}` → `{admitted, headline, detail, seat…}`. */
  app.post('/api/v1/door/scan', async (c) => {
    requireKioskStaff(c, ctx, 'checkin.scan');
    const input = validate(scanSchema, await readJson(c));
    const result = scanTicket(ctx.db, { payload: input.ticket, door: input.door }, ctx.clock());
    ctx.sync.kick();
    return c.json(result, result.admitted ? 200 : 409);
  });

  return app;
}
