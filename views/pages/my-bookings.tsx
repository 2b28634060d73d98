import type { Booking } from '../../server/domain/booking.js';
import { useI18n } from '../i18n/i18n.js';

const BookingItem = (props: { booking: Booking; upcoming: boolean }) => {
  const b = props.booking;
  const href = `/bookings/${encodeURIComponent(b.id)}`;
  const { t, when } = useI18n();
  const w = t.myBookings;
  return (
    <li class="card booking-item">
      <h3 class="booking-item-title">
        <a href={href}>{b.movieTitle}</a>{' '}
        <span class={`badge ${b.status === 'confirmed' ? 'badge-ok' : 'badge-muted'}`}>{t.booking.states[b.status]}</span>
      </h3>
      <p class="booking-item-facts">
        <time datetime={b.startsAt}>{when(b.startsAt, b.timezone)}</time>
        <br />
        {b.theaterName} · {b.screenName} · {t.common.seatsList(b.seats.join(', '))}
      </p>
      <p class="booking-item-id muted">{b.id}</p>
      <p class="actions">
        <a href={href} class="button button-secondary">
          {w.details}
        </a>
        {props.upcoming && b.status === 'confirmed' ? (
          <a href={`${href}/cancel`} class="button button-secondary" aria-label={w.cancelLabel(b.id)}>
            {w.cancel}
          </a>
        ) : null}
        {props.upcoming ? null : (
          <a href={`/movies/${encodeURIComponent(b.movieId)}`} class="button button-secondary">
            {w.bookAgain}
          </a>
        )}
      </p>
    </li>
  );
};

/** A customer's bookings: shows still ahead first (soonest first), then past ones. */
export const MyBookingsPage = (props: { upcoming: Booking[]; past: Booking[] }) => {
  const { t } = useI18n();
  const w = t.myBookings;
  return (
  <>
    <link rel="stylesheet" href="/static/booking.css" />
    <section class="booking-page my-bookings">
      <h1 class="page-title">{w.title}</h1>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" class="booking-heading">
          {w.upcoming}
        </h2>
        {props.upcoming.length ? (
          <ul class="booking-list">
            {props.upcoming.map((b) => (
              <BookingItem booking={b} upcoming />
            ))}
          </ul>
        ) : (
          <p class="empty-state">
            {w.noUpcoming} <a href="/">{w.findMovie}</a>
          </p>
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading" class="booking-heading">
          {w.past}
        </h2>
        {props.past.length ? (
          <ul class="booking-list">
            {props.past.map((b) => (
              <BookingItem booking={b} upcoming={false} />
            ))}
          </ul>
        ) : (
          <p class="muted">{w.noPast}</p>
        )}
      </section>
    </section>
  </>
  );
};
