import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { seatMap } from '../../server/booking/seat-map.js';
import { AppError } from '../../server/domain/errors.js';
import { formError } from '../../server/domain/field-hints.js';
import { may } from '../../server/domain/permissions.js';
import { bookingNotifications, resendForStaff } from '../../server/notify/booking-notifications.js';
import type { AppEnv } from '../../server/routes/env.js';
import { tr } from '../../server/routes/render.js';
import { pdfResponse } from '../../server/routes/api-tickets.js';
import { readForm } from '../../server/routes/read-input.js';
import { requireStaff } from '../../server/routes/require-staff.js';
import { readSeatForm } from '../../server/routes/seat-form.js';
import { getBooking } from '../../server/store/bookings.js';
import { getUserById } from '../../server/store/users.js';
import { ticketPdfOf } from '../../server/tickets/booking-tickets.js';
import { BookingManage } from '../../views/admin/booking-manage.js';
import { BookingsPage } from '../../views/admin/bookings-page.js';
import { CounterSalePage } from '../../views/admin/counter-sale-page.js';
import { notifyDeps, type AdminDeps } from '../deps.js';
import { searchBookings } from '../services/booking-search.js';
import { loadShow } from '../services/change-showtime.js';
import { COUNTER_METHODS, counterSale, noSeatsError } from '../services/counter-sale.js';
import { policyRefund, staffCancel, staffRefundRest } from '../services/staff-booking-actions.js';
import { adminPage, doneFlash, scopeFor, staffOf } from './admin-page.js';
import { fieldErrorsIn, formErrorIn } from '../../views/admin/form-errors.js';

async function loadBooking(deps: AdminDeps, id: string) {
  const b = await getBooking(deps.db, id);
  if (!b) throw new AppError('not_found', 'There is no booking with that id.');
  return b;
}

/** Bookings: search, one booking's page and its actions, and the counter sale. */
export function bookingRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/admin/bookings', async (c) => {
    const scope = await scopeFor(c, deps, 'booking.view');
    const q = (c.req.query('q') ?? c.req.query('show') ?? '').slice(0, 200);
    const { bookings } = q ? await searchBookings(deps.db, scope.theater.id, q) : { bookings: [] };
    return adminPage(
      c,
      { title: tr(c).t.admin.bookings.title, section: 'bookings', scope },
      <BookingsPage theaterId={scope.theater.id} theaterName={scope.theater.name} q={q} searched={q !== ''} bookings={bookings} />,
    );
  });

  async function managePage(c: Context<AppEnv>, id: string, opts: { status?: number; error?: string } = {}) {
    const b = await loadBooking(deps, id);
    requireStaff(c, 'booking.view', b.theaterId);
    const roles = staffOf(c).roles;
    const scope = await scopeFor(c, deps, 'theater.view');
    const theater = scope.theaters.find((t) => t.id === b.theaterId) ?? scope.theater;
    const [account, notifications, refund] = await Promise.all([getUserById(deps.db, b.userId), bookingNotifications(deps.db, b), policyRefund(deps, b)]);
    return adminPage(
      c,
      {
        title: tr(c).t.admin.manage.title(b.id),
        section: 'bookings',
        scope: { ...scope, theater },
        status: opts.status,
        flash: opts.error
          ? { kind: 'error', text: opts.error }
          : doneFlash(c, tr(c).t.admin.manage.done),
      },
      <BookingManage
        booking={b}
        customer={
          account
            ? { name: account.name, email: account.email, phone: account.phone, account: true }
            : { name: b.walkIn?.name ?? 'Unknown', email: b.walkIn?.email, phone: b.walkIn?.phone, account: false }
        }
        notifications={notifications}
        csrfToken={c.get('csrfToken')}
        policyRefund={refund.cancellable ? { refundMinor: refund.refundMinor, percent: refund.refundPercent } : null}
        can={{
          cancel: may(roles, 'booking.cancel', b.theaterId),
          refund: may(roles, 'booking.refund', b.theaterId),
          resend: may(roles, 'booking.resend', b.theaterId),
          tickets: may(roles, 'booking.view', b.theaterId),
        }}
      />,
    );
  }

  app.get('/admin/bookings/:id', (c) => managePage(c, c.req.param('id')));

  /** An action on one booking; a refusal comes back on the booking's page. */
  function action(path: string, run: (c: Context<AppEnv>, id: string) => Promise<unknown>, done: string) {
    app.post(`/admin/bookings/:id/${path}`, async (c) => {
      const id = c.req.param('id');
      try {
        await run(c, id);
        return c.redirect(`/admin/bookings/${encodeURIComponent(id)}?done=${done}`, 303);
      } catch (err) {
        if (!(err instanceof AppError) || !['not_cancellable', 'edit_conflict', 'rate_limited', 'not_confirmed', 'invalid_request'].includes(err.code)) throw err;
        return managePage(c, id, { status: err.status, error: formErrorIn(tr(c), err) });
      }
    });
  }

  action(
    'cancel',
    async (c, id) => {
      const b = await loadBooking(deps, id);
      const who = requireStaff(c, 'booking.cancel', b.theaterId);
      const mode = (await readForm(c)).mode;
      if (mode !== 'policy' && mode !== 'full') throw formError('Choose to cancel under the policy or with a full refund.', { code: 'cancelMode' });
      return staffCancel(deps, who, b, mode);
    },
    'cancelled',
  );
  action(
    'refund',
    async (c, id) => {
      const b = await loadBooking(deps, id);
      return staffRefundRest(deps, requireStaff(c, 'booking.refund', b.theaterId), b);
    },
    'refunded',
  );
  action(
    'resend',
    async (c, id) => {
      const b = await loadBooking(deps, id);
      requireStaff(c, 'booking.resend', b.theaterId);
      return resendForStaff(notifyDeps(deps), b.id);
    },
    'resent',
  );

  app.get('/admin/bookings/:id/ticket.pdf', async (c) => {
    const b = await loadBooking(deps, c.req.param('id'));
    requireStaff(c, 'booking.view', b.theaterId);
    const { pdf, filename } = await ticketPdfOf({ db: deps.db, keys: deps.ticketKeys }, b);
    return pdfResponse(pdf, filename, 'inline');
  });

  async function salePage(c: Context<AppEnv>, showId: string, opts: { selected?: string[]; values?: Record<string, string>; errors?: Record<string, string>; formError?: string; status?: number } = {}) {
    const show = await loadShow(deps, showId);
    requireStaff(c, 'booking.counter-sale', show.theaterId);
    const scope = await scopeFor(c, deps, 'theater.view');
    const theater = scope.theaters.find((t) => t.id === show.theaterId) ?? scope.theater;
    const map = await seatMap(deps.db, show.id, deps.clock());
    return adminPage(
      c,
      { title: tr(c).t.admin.counter.title(show.movieTitle), section: 'showtimes', scope: { ...scope, theater }, status: opts.status },
      <CounterSalePage
        show={show}
        seats={map.seats}
        selected={opts.selected ?? []}
        csrfToken={c.get('csrfToken')}
        saleKey={opts.values?.saleKey ?? randomUUID()}
        methods={COUNTER_METHODS}
        values={opts.values ?? {}}
        errors={opts.errors ?? {}}
        formError={opts.formError}
      />,
    );
  }

  app.get('/admin/showtimes/:id/sell', (c) => salePage(c, c.req.param('id')));

  app.post('/admin/showtimes/:id/sell', async (c) => {
    const show = await loadShow(deps, c.req.param('id'));
    const who = requireStaff(c, 'booking.counter-sale', show.theaterId);
    const seats = await readSeatForm(c);
    const form = await readForm(c);
    try {
      if (seats.length === 0) throw noSeatsError();
      const booking = await counterSale(deps, who, show.id, seats, form);
      return c.redirect(`/admin/bookings/${encodeURIComponent(booking.id)}?done=sold`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !['invalid_request', 'seats_unavailable', 'sales_closed', 'payment_declined', 'hold_expired'].includes(err.code)) throw err;
      // A fresh sale key: the failed attempt must not be replayed by the next one.
      return salePage(c, show.id, {
        selected: err.code === 'seats_unavailable' ? [] : seats,
        values: { ...form, saleKey: randomUUID() },
        errors: fieldErrorsIn(tr(c), err),
        formError: formErrorIn(tr(c), err),
        status: err.status,
      });
    }
  });

  return app;
}
