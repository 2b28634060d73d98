import { showtimeChanged } from '../../server/booking/catalog-cache.js';
import { layoutSeats } from '../../server/booking/layouts.js';
import type { Showtime } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { fieldsError } from '../../server/domain/field-hints.js';
import { clockText, showTimeText } from '../../server/domain/show-time-label.js';
import { clashesWith, cleaningMinutesOf } from '../../server/domain/showtime-overlap.js';
import { localDate, zonedTimeToUtc } from '../../server/domain/theater-time.js';
import { bookingContact, noticeMessages, reminderMessages } from '../../server/notify/booking-notices.js';
import { moveBookingStart } from '../../server/store/booking-time-change.js';
import { getShowtime } from '../../server/store/catalog.js';
import { moveShowAggregates, removeCancelledShow } from '../../server/store/sales-aggregates.js';
import { readScreenSchedule } from '../../server/store/screen-schedule.js';
import { markShowtimeCancelled, moveShowtime, setShowtimePrices } from '../../server/store/showtime-writes.js';
import { getTheater } from '../../server/store/theaters.js';
import type { AdminDeps } from '../deps.js';
import { auditOf } from './audit-log.js';
import { pricedTypes } from './layout-editor.js';
import { parseClockTime } from '../../server/domain/repeat-schedule.js';
import { confirmedShowBookings } from './show-bookings.js';
import { busyHint } from './schedule-showtimes.js';
import { checkPrices, pricesText } from './show-prices.js';
import { cancelWithRefund } from './staff-refunds.js';

type Who = { id: string; email: string; name: string };

export async function loadShow(deps: Pick<AdminDeps, 'db'>, id: string): Promise<Showtime> {
  const show = await getShowtime(deps.db, id);
  if (!show) throw new AppError('not_found', 'There is no showtime with that id.');
  return show;
}

function mustBeUpcoming(show: Showtime, now: Date): void {
  if (show.status === 'cancelled') throw new AppError('edit_conflict', 'This show has been cancelled.');
  if (Date.parse(show.startsAt) <= now.getTime()) throw new AppError('edit_conflict', 'This show has already started, so its time can no longer change.');
}

/**
 * Moves a show to `date` `time` on the theater's clock (409 if the screen is busy then), then
 * moves every confirmed booking with it, each in one transaction with its "show time changed"
 * message and a fresh reminder. Returns how many customers were told.
 */
export async function moveShow(deps: AdminDeps, who: Who, id: string, to: { date: string; time: string }): Promise<{ show: Showtime; notified: number }> {
  const { db } = deps;
  const show = await loadShow(deps, id);
  const theater = await getTheater(db, show.theaterId);
  if (!theater) throw new AppError('not_found', 'The show belongs to no theater.');
  const now = deps.clock();
  mustBeUpcoming(show, now);
  const time = parseClockTime(to.time);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(to.date) || !time) throw fieldsError('Give the new date (YYYY-MM-DD) and time (HH:MM).', { date: ['YYYY-MM-DD', { code: 'date' }], time: ['HH:MM', { code: 'time' }] });
  const start = zonedTimeToUtc(to.date, time, theater.timezone);
  if (start.getTime() <= now.getTime()) throw fieldsError('The new time is in the past.', { time: ['In the past.', { code: 'past' }] });
  if (start.toISOString() === show.startsAt) return { show, notified: 0 };
  const length = Date.parse(show.endsAt) - Date.parse(show.startsAt);
  const moved: Showtime = { ...show, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + length).toISOString(), localDate: localDate(start, theater.timezone) };
  const cleaning = cleaningMinutesOf(theater);
  const audit = auditOf(
    who,
    theater.id,
    'showtime.move',
    show.id,
    {
      before: showTimeText(new Date(show.startsAt), show.timezone),
      after: showTimeText(start, show.timezone),
      beforeNote: { kind: 'showTime', startsAt: show.startsAt, timezone: show.timezone },
      afterNote: { kind: 'showTime', startsAt: start.toISOString(), timezone: show.timezone },
    },
    now,
  );

  for (let attempt = 1; ; attempt++) {
    const schedule = await readScreenSchedule(db, show.screenId, new Date(start.getTime() - cleaning * 60_000), new Date(Date.parse(moved.endsAt) + cleaning * 60_000));
    const [clash] = clashesWith(schedule.slots, { showtimeId: show.id, startsAt: moved.startsAt, endsAt: moved.endsAt }, cleaning);
    if (clash) {
      throw new AppError('showtime_overlap', `${show.screenName} is busy then: ${clash.movieTitle ?? 'another show'} at ${clockText(new Date(clash.startsAt), theater.timezone)}, with ${cleaning} minutes of cleaning after each show.`, {
        showtimeId: clash.showtimeId,
        formHint: busyHint(show.screenName, clash, theater.timezone, cleaning),
      });
    }
    const result = await moveShowtime(db, show, moved, schedule.version, audit);
    if (result === 'ok') break;
    if (result === 'changed') throw new AppError('edit_conflict', 'This show was changed a moment ago. Reload and try again.');
    if (attempt >= 5) throw new AppError('edit_conflict', 'The screen\u2019s schedule kept changing while saving. Try again.');
  }
  showtimeChanged(db, id);
  await moveShowAggregates(db, show, moved).catch((err: unknown) => deps.log('warn', 'report counters not moved with the show', { showtimeId: id, error: (err as Error).message }));

  let notified = 0;
  for (const b of await confirmedShowBookings(db, id)) {
    if (b.startsAt !== show.startsAt) continue;
    const contact = await bookingContact(db, b);
    const next = { ...b, startsAt: moved.startsAt };
    const at = deps.clock();
    const messages = contact
      ? [
          ...noticeMessages('showtime_changed', next, contact, { publicUrl: deps.booking.publicUrl, now: at, previousStartsAt: show.startsAt }),
          ...reminderMessages(next, contact, { publicUrl: deps.booking.publicUrl, now: at, hours: deps.booking.reminderHours ?? 3 }),
        ]
      : [];
    if (await moveBookingStart(db, b.id, show.startsAt, moved.startsAt, messages)) notified += contact ? 1 : 0;
  }
  deps.booking.messagesWaiting();
  return { show: moved, notified };
}

/**
 * Calls a show off: no more sales, its screen time is free again, and every confirmed booking
 * is cancelled with a full refund (fee included: the theater cancelled, not the customer) and
 * a "show cancelled" message.
 */
export async function cancelShow(deps: AdminDeps, who: Who, id: string): Promise<{ refunded: number; refundedMinor: number }> {
  const { db } = deps;
  const show = await loadShow(deps, id);
  if (show.status === 'cancelled') throw new AppError('edit_conflict', 'This show is already cancelled.');
  const now = deps.clock();
  if (Date.parse(show.endsAt) <= now.getTime()) throw new AppError('edit_conflict', 'This show is over; it can no longer be cancelled.');
  const audit = auditOf(
    who,
    show.theaterId,
    'showtime.cancel',
    show.id,
    {
      before: `${show.movieTitle}, ${showTimeText(new Date(show.startsAt), show.timezone)}`,
      after: 'cancelled, every booking refunded in full',
      beforeNote: { kind: 'showTime', startsAt: show.startsAt, timezone: show.timezone, movieTitle: show.movieTitle },
      afterNote: { kind: 'showCancelled' },
    },
    now,
  );
  if ((await markShowtimeCancelled(db, show, audit)) !== 'ok') throw new AppError('edit_conflict', 'This show was changed a moment ago. Reload and try again.');
  showtimeChanged(db, id);
  await removeCancelledShow(db, show).catch((err: unknown) => deps.log('warn', 'cancelled show still counted in reports', { showtimeId: id, error: (err as Error).message }));
  let refunded = 0;
  let refundedMinor = 0;
  for (const b of await confirmedShowBookings(db, id)) {
    await cancelWithRefund(deps, who, b, show, { refundMinor: b.quote.totalMinor, percent: 100, notice: 'showtime_cancelled', why: 'show cancelled' });
    refunded++;
    refundedMinor += b.quote.totalMinor;
  }
  return { refunded, refundedMinor };
}

/** New prices for seats sold from now on (a hold already placed keeps its quote). */
export async function changePrices(deps: AdminDeps, who: Who, id: string, raw: Record<string, unknown>): Promise<Showtime> {
  const show = await loadShow(deps, id);
  mustBeUpcoming(show, deps.clock());
  const prices = checkPrices(raw, pricedTypes(await layoutSeats(deps.db, show.screenId, show.layoutVersion)));
  const audit = auditOf(who, show.theaterId, 'showtime.prices', show.id, { before: pricesText(show.prices), after: pricesText(prices), beforeNote: { kind: 'prices', prices: show.prices }, afterNote: { kind: 'prices', prices } }, deps.clock());
  if ((await setShowtimePrices(deps.db, show, prices, audit)) !== 'ok') throw new AppError('edit_conflict', 'This show was changed a moment ago. Reload and try again.');
  showtimeChanged(deps.db, id);
  return { ...show, prices };
}
