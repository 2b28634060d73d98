import { Hono, type Context } from 'hono';
import { AppError } from '../../server/domain/errors.js';
import { may } from '../../server/domain/permissions.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { addDays, localDate } from '../../server/domain/theater-time.js';
import type { AppEnv } from '../../server/routes/env.js';
import { tr } from '../../server/routes/render.js';
import { readForm } from '../../server/routes/read-input.js';
import { requireStaff } from '../../server/routes/require-staff.js';
import { getShowtime } from '../../server/store/catalog.js';
import { showAggregates } from '../../server/store/sales-aggregates.js';
import { KiosksPage } from '../../views/admin/kiosks-page.js';
import { conflictsInLang } from '../../views/kiosk/conflict-text.js';
import type { AdminDeps } from '../deps.js';
import { addKiosk, conflictOf, kioskOf, kioskOverview, leaseOf, leaseSeats, retireKiosk, returnLease, settleConflict } from '../services/kiosk-admin.js';
import { parseSeatList } from '../services/seat-list.js';
import { adminPage, doneFlash, scopeFor } from './admin-page.js';
import { fieldErrorsIn, formErrorIn } from '../../views/admin/form-errors.js';

const KIOSK_REFUSALS = ['invalid_request', 'seats_unavailable', 'sales_closed', 'conflict_closed', 'not_found'];

/** Kiosks, their leases and conflicts, on top of the kiosk services. */
export function kioskRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  async function page(
    c: Context<AppEnv>,
    opts: { newKiosk?: { name: string; token: string }; values?: Record<string, string>; errors?: Record<string, string>; formError?: string; status?: number } = {},
  ) {
    const scope = await scopeFor(c, deps, 'kiosk.manage');
    const t = scope.theater;
    const now = deps.clock();
    const today = localDate(now, t.timezone);
    const [{ kiosks, conflicts }, upcoming] = await Promise.all([kioskOverview(deps, t.id), showAggregates(deps.db, t.id, today, addDays(today, 1))]);
    const label = (s: { startsAt: string; movieTitle: string; screenName: string }) => `${showTimeText(new Date(s.startsAt), t.timezone, tr(c).locale)} · ${s.movieTitle} · ${s.screenName}`;
    const showNames: Record<string, string> = Object.fromEntries(upcoming.map((s) => [s.showtimeId, label(s)]));
    const named = [...kiosks.flatMap((k) => k.activeLeases.map((l) => l.showtimeId)), ...conflicts.map((x) => x.showtimeId)];
    for (const id of new Set(named.filter((id) => !showNames[id]))) {
      const s = await getShowtime(deps.db, id);
      if (s) showNames[id] = label(s);
    }
    const roles = scope.staff.roles;
    c.header('Cache-Control', 'no-store');
    return adminPage(
      c,
      { title: tr(c).t.admin.kiosks.title, section: 'kiosks', scope, status: opts.status, flash: doneFlash(c, tr(c).t.admin.kiosks.done) },
      <KiosksPage
        theaterId={t.id}
        theaterName={t.name}
        timezone={t.timezone}
        csrfToken={c.get('csrfToken')}
        kiosks={kiosks}
        conflicts={conflictsInLang(tr(c), conflicts)}
        shows={upcoming
          .filter((s) => s.status === 'scheduled' && Date.parse(s.startsAt) > now.getTime())
          .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
          .map((s) => ({ id: s.showtimeId, label: label(s) }))}
        showNames={showNames}
        newKiosk={opts.newKiosk}
        values={opts.values ?? {}}
        errors={opts.errors ?? {}}
        formError={opts.formError}
        canLease={may(roles, 'lease.manage', t.id)}
        canResolve={may(roles, 'conflict.resolve', t.id)}
      />,
    );
  }

  const back = (theaterId: string, done: string) => `/admin/kiosks?theater=${encodeURIComponent(theaterId)}&done=${done}`;

  /** A change on the kiosks page; a refusal comes back on the page with what was typed. */
  async function attempt(c: Context<AppEnv>, form: Record<string, string>, run: () => Promise<Response>) {
    try {
      return await run();
    } catch (err) {
      if (!(err instanceof AppError) || !KIOSK_REFUSALS.includes(err.code)) throw err;
      return page(c, { values: form, errors: fieldErrorsIn(tr(c), err), formError: formErrorIn(tr(c), err), status: err.status });
    }
  }

  app.get('/admin/kiosks', (c) => page(c));

  app.post('/admin/kiosks', async (c) => {
    const theaterId = c.req.query('theater') ?? '';
    const who = requireStaff(c, 'kiosk.manage', theaterId);
    const form = await readForm(c);
    return attempt(c, form, async () => {
      const { kiosk, token } = await addKiosk(deps, who, theaterId, form.name ?? '');
      return page(c, { newKiosk: { name: kiosk.name, token } });
    });
  });

  app.post('/admin/kiosks/:id/revoke', async (c) => {
    const kiosk = await kioskOf(deps, c.req.param('id'));
    const who = requireStaff(c, 'kiosk.manage', kiosk.theaterId);
    await retireKiosk(deps, who, kiosk.id);
    return c.redirect(back(kiosk.theaterId, 'revoked'), 303);
  });

  app.post('/admin/leases', async (c) => {
    const form = await readForm(c);
    const kiosk = await kioskOf(deps, form.kioskId ?? '');
    const who = requireStaff(c, 'lease.manage', kiosk.theaterId);
    return attempt(c, form, async () => {
      await leaseSeats(deps, who, kiosk.id, { showtimeId: form.showtimeId ?? '', seats: parseSeatList(form.seats ?? '') });
      return c.redirect(back(kiosk.theaterId, 'leased'), 303);
    });
  });

  app.post('/admin/leases/:id/return', async (c) => {
    const lease = await leaseOf(deps, c.req.param('id'));
    const who = requireStaff(c, 'lease.manage', lease.theaterId);
    await returnLease(deps, who, lease.id);
    return c.redirect(back(lease.theaterId, 'returned'), 303);
  });

  app.post('/admin/conflicts/:saleId/resolve', async (c) => {
    const record = await conflictOf(deps, c.req.param('saleId'));
    const who = requireStaff(c, 'conflict.resolve', record.theaterId);
    const form = await readForm(c);
    return attempt(c, form, async () => {
      const how = form.action === 'refund' ? ({ action: 'refund' } as const) : ({ action: 'reseat', seats: parseSeatList(form.seats ?? '') } as const);
      await settleConflict(deps, who, record.saleId, how);
      return c.redirect(back(record.theaterId, 'resolved'), 303);
    });
  });

  return app;
}
