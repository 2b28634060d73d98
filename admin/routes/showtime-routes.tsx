import { Hono, type Context } from 'hono';
import { layoutSeats } from '../../server/booking/layouts.js';
import type { Showtime } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { fieldsError } from '../../server/domain/field-hints.js';
import { may } from '../../server/domain/permissions.js';
import { repeatStarts } from '../../server/domain/repeat-schedule.js';
import { SEAT_TYPES } from '../../server/domain/seat-layout.js';
import { cleaningMinutesOf } from '../../server/domain/showtime-overlap.js';
import { addDays, isoInZone, localDate } from '../../server/domain/theater-time.js';
import type { AppEnv } from '../../server/routes/env.js';
import { tr } from '../../server/routes/render.js';
import { readForm } from '../../server/routes/read-input.js';
import { requireStaff } from '../../server/routes/require-staff.js';
import { listMovies, listTheaterScreens } from '../../server/store/catalog-admin.js';
import { showAggregates } from '../../server/store/sales-aggregates.js';
import { ScheduleForm } from '../../views/admin/schedule-form.js';
import { ShowtimeManage } from '../../views/admin/showtime-manage.js';
import { ShowtimesPage } from '../../views/admin/showtimes-page.js';
import type { AdminDeps } from '../deps.js';
import { cancelShow, changePrices, loadShow, moveShow } from '../services/change-showtime.js';
import { pricedTypes } from '../services/layout-editor.js';
import { FORMATS, scheduleShowtimes } from '../services/schedule-showtimes.js';
import { showtimeReport } from '../services/showtime-report.js';
import { adminPage, doneFlash, scopeFor, staffOf } from './admin-page.js';
import { fieldErrorsIn, formErrorIn } from '../../views/admin/form-errors.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Rupee fields `price_<type>` → paise per type (blank fields left out; bad ones left as text for the check to name). */
export function pricesFromForm(form: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of SEAT_TYPES) {
    const raw = (form[`price_${t}`] ?? '').trim();
    if (!raw) continue;
    out[t] = /^\d{1,6}(\.\d{1,2})?$/.test(raw) ? Math.round(Number(raw) * 100) : raw;
  }
  return out;
}

function priceValues(show: Showtime): Record<string, string> {
  const v: Record<string, string> = {};
  for (const t of SEAT_TYPES) if (show.prices[t] !== undefined) v[`price_${t}`] = ((show.prices[t] as number) / 100).toString();
  return v;
}

/** Showtimes: one day's list, scheduling single and repeating shows, and managing one show. */
export function showtimeRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/admin/showtimes', async (c) => {
    const scope = await scopeFor(c, deps, 'theater.view');
    const t = scope.theater;
    const asked = c.req.query('date');
    const date = asked && DATE.test(asked) ? asked : localDate(deps.clock(), t.timezone);
    const shows = (await showAggregates(deps.db, t.id, date, date)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    return adminPage(
      c,
      { title: tr(c).t.admin.showtimes.title, section: 'showtimes', scope, flash: doneFlash(c, { scheduled: tr(c).t.admin.showtimes.scheduled }) },
      <ShowtimesPage
        theaterId={t.id}
        theaterName={t.name}
        timezone={t.timezone}
        date={date}
        prevDate={addDays(date, -1)}
        nextDate={addDays(date, 1)}
        shows={shows}
        canSchedule={may(scope.staff.roles, 'showtime.edit', t.id)}
      />,
    );
  });

  async function schedulePage(c: Context<AppEnv>, theaterId: string | undefined, values: Record<string, string>, errors: Record<string, string> = {}, formError?: string, status?: number) {
    const scope = await scopeFor(c, deps, 'showtime.edit');
    const theater = theaterId ? scope.theaters.find((t) => t.id === theaterId) : scope.theater;
    if (!theater) throw new AppError('not_found', 'There is no theater with that id.');
    requireStaff(c, 'showtime.edit', theater.id);
    const [movies, screens] = await Promise.all([listMovies(deps.db), listTheaterScreens(deps.db, theater.id)]);
    const today = localDate(deps.clock(), theater.timezone);
    return adminPage(
      c,
      { title: tr(c).t.admin.schedule.title, section: 'showtimes', scope: { ...scope, theater }, status },
      <>
        <h1 class="page-title">{tr(c).t.admin.schedule.heading(theater.name)}</h1>
        <ScheduleForm
          theaterId={theater.id}
          timezone={theater.timezone}
          csrfToken={c.get('csrfToken')}
          movies={movies}
          screens={screens}
          formats={FORMATS}
          seatTypes={SEAT_TYPES}
          values={{ firstDate: addDays(today, 1), lastDate: addDays(today, 1), format: '2D', ...values }}
          errors={errors}
          formError={formError}
          cleaningMinutes={cleaningMinutesOf(theater)}
        />
      </>,
    );
  }

  app.get('/admin/showtimes/new', (c) => schedulePage(c, c.req.query('theater') || undefined, {}));

  app.post('/admin/showtimes', async (c) => {
    const form = await readForm(c);
    const theaterId = form.theaterId ?? '';
    const who = requireStaff(c, 'showtime.edit', theaterId);
    try {
      const scope = await scopeFor(c, deps, 'showtime.edit');
      const theater = scope.theaters.find((t) => t.id === theaterId);
      if (!theater) throw new AppError('not_found', 'There is no theater with that id.');
      const screens = await listTheaterScreens(deps.db, theater.id);
      if (!screens.some((s) => s.id === form.screenId)) throw fieldsError('Choose one of this theater\u2019s screens.', { screenId: ['Choose a screen.', { code: 'chooseScreen' }] });
      const weekdays = [0, 1, 2, 3, 4, 5, 6].filter((d) => form[`wd${d}`] === '1');
      const starts = repeatStarts({ firstDate: form.firstDate ?? '', lastDate: form.lastDate ?? '', times: (form.times ?? '').split(','), weekdays }, theater.timezone);
      const shows = await scheduleShowtimes(deps, who, {
        movieId: form.movieId ?? '',
        screenId: form.screenId ?? '',
        starts: starts.map((s) => s.startsAt),
        language: form.language ?? '',
        format: form.format ?? '',
        prices: pricesFromForm(form),
      });
      return c.redirect(`/admin/showtimes?theater=${encodeURIComponent(theaterId)}&date=${shows[0].localDate}&done=scheduled`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !['invalid_request', 'showtime_overlap', 'not_found', 'edit_conflict'].includes(err.code)) throw err;
      return schedulePage(c, theaterId, form, fieldErrorsIn(tr(c), err), formErrorIn(tr(c), err), err.status);
    }
  });

  async function managePage(c: Context<AppEnv>, show: Showtime, values: Record<string, string> = {}, errors: Record<string, string> = {}, formError?: string, status?: number) {
    const staff = staffOf(c);
    requireStaff(c, 'theater.view', show.theaterId);
    const scope = await scopeFor(c, deps, 'theater.view');
    const theater = scope.theaters.find((t) => t.id === show.theaterId) ?? scope.theater;
    const report = may(staff.roles, 'report.view', show.theaterId) ? await showtimeReport(deps.db, show, deps.clock()) : null;
    const iso = isoInZone(new Date(show.startsAt), show.timezone);
    return adminPage(
      c,
      {
        title: show.movieTitle,
        section: 'showtimes',
        scope: { ...scope, theater },
        status,
        flash: doneFlash(c, tr(c).t.admin.show.done),
      },
      <ShowtimeManage
        show={show}
        csrfToken={c.get('csrfToken')}
        report={report}
        canEdit={may(staff.roles, 'showtime.edit', show.theaterId)}
        canSell={may(staff.roles, 'booking.counter-sale', show.theaterId)}
        canSeeBookings={may(staff.roles, 'booking.view', show.theaterId)}
        seatTypes={pricedTypes(await layoutSeats(deps.db, show.screenId, show.layoutVersion))}
        values={{ ...priceValues(show), date: iso.slice(0, 10), time: iso.slice(11, 16), ...values }}
        errors={errors}
        formError={formError}
      />,
    );
  }

  app.get('/admin/showtimes/:id', async (c) => managePage(c, await loadShow(deps, c.req.param('id'))));

  /** A change to one show: on a refusal the page comes back with what was typed and why. */
  function change(path: string, run: (who: ReturnType<typeof staffOf>, show: Showtime, form: Record<string, string>) => Promise<unknown>, done: string) {
    app.post(`/admin/showtimes/:id/${path}`, async (c) => {
      const show = await loadShow(deps, c.req.param('id'));
      requireStaff(c, 'showtime.edit', show.theaterId);
      const form = await readForm(c);
      try {
        await run(staffOf(c), show, form);
        return c.redirect(`/admin/showtimes/${encodeURIComponent(show.id)}?done=${done}`, 303);
      } catch (err) {
        if (!(err instanceof AppError) || !['invalid_request', 'showtime_overlap', 'edit_conflict'].includes(err.code)) throw err;
        return managePage(c, await loadShow(deps, show.id), form, fieldErrorsIn(tr(c), err), formErrorIn(tr(c), err), err.status);
      }
    });
  }

  change('prices', (who, show, form) => changePrices(deps, who, show.id, pricesFromForm(form)), 'prices');
  change('move', (who, show, form) => moveShow(deps, who, show.id, { date: form.date ?? '', time: form.time ?? '' }), 'moved');
  change(
    'cancel',
    async (who, show, form) => {
      if (form.confirm !== 'yes') throw fieldsError('Tick the box to confirm the cancellation.', { confirm: ['Tick to confirm.', { code: 'tickToConfirm' }] });
      return cancelShow(deps, who, show.id);
    },
    'cancelled',
  );

  return app;
}
