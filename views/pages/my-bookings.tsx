import type { Booking } from '../../server/domain/booking.js';
import { BOOKING_STATUS_NAMES } from '../components/booking-words.js';
import { showWhen } from '../components/show-when.js';

const BookingItem = (props: { booking: Booking; upcoming: boolean }) => {
  const b = props.booking;
  const href = `/bookings/${encodeURIComponent(b.id)}`;
  return (
    <li class="card booking-item">
      <h3 class="booking-item-title">
        <a href={href}>{b.movieTitle}</a>{' '}
        <span class={`badge ${b.status === 'confirmed' ? 'badge-ok' : 'badge-muted'}`}>{BOOKING_STATUS_NAMES[b.status]}</span>
      </h3>
      <p class="booking-item-facts">
        <time datetime={b.startsAt}>{showWhen(b.startsAt, b.timezone)}</time>
        <br />
        {b.theaterName} · {b.screenName} · Seats {b.seats.join(', ')}
      </p>
      <p class="booking-item-id muted">{b.id}</p>
      <p class="actions">
        <a href={href} class="button button-secondary">
          Details
        </a>
        {props.upcoming && b.status === 'confirmed' ? (
          <a href={`${href}/cancel`} class="button button-secondary" aria-label={`Cancel booking ${b.id}`}>
            Cancel
          </a>
        ) : null}
        {props.upcoming ? null : (
          <a href={`/movies/${encodeURIComponent(b.movieId)}`} class="button button-secondary">
            Book again
          </a>
        )}
      </p>
    </li>
  );
};

/** A customer's bookings: shows still ahead first (soonest first), then past ones. */
export const MyBookingsPage = (props: { upcoming: Booking[]; past: Booking[] }) => (
  <>
    <link rel="stylesheet" href="/static/booking.css" />
    <section class="booking-page my-bookings">
      <h1 class="page-title">My bookings</h1>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" class="booking-heading">
          Upcoming
        </h2>
        {props.upcoming.length ? (
          <ul class="booking-list">
            {props.upcoming.map((b) => (
              <BookingItem booking={b} upcoming />
            ))}
          </ul>
        ) : (
          <p class="empty-state">
            No upcoming shows. <a href="/">Find a movie</a>
          </p>
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading" class="booking-heading">
          Past
        </h2>
        {props.past.length ? (
          <ul class="booking-list">
            {props.past.map((b) => (
              <BookingItem booking={b} upcoming={false} />
            ))}
          </ul>
        ) : (
          <p class="muted">Shows you have seen will appear here.</p>
        )}
      </section>
    </section>
  </>
);
