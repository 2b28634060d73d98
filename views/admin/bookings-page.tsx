import type { Booking } from '../../server/domain/booking.js';
import { formatInr } from '../../server/domain/money.js';
import { showTimeText } from '../../server/domain/show-time-label.js';

export type BookingsPageProps = {
  theaterId: string;
  theaterName: string;
  q: string;
  searched: boolean;
  bookings: Booking[];
  failedHref?: string;
};

const CHANNELS = { online: 'Online', counter: 'Counter', kiosk: 'Kiosk' } as const;

/** Find a theater's bookings by booking id, email, phone or show. */
export const BookingsPage = (props: BookingsPageProps) => (
  <section>
    <h1 class="page-title">Bookings at {props.theaterName}</h1>
    <form method="get" action="/admin/bookings" class="stack-form admin-form" role="search">
      <input type="hidden" name="theater" value={props.theaterId} />
      <div class="field">
        <label for="booking-q" class="field-label">
          Booking id, email, phone or show id
        </label>
        <input id="booking-q" name="q" type="search" value={props.q} class="field-input" placeholder="MVM-20261201-AB12CD34, name@example.in, 98765 43210" />
      </div>
      <button type="submit" class="button button-primary">
        Search
      </button>
    </form>
    {props.searched ? (
      props.bookings.length === 0 ? (
        <p class="empty-state" role="status">
          No bookings at this theater match “{props.q}”.
        </p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>
              {props.bookings.length} {props.bookings.length === 1 ? 'booking' : 'bookings'} for “{props.q}”
            </caption>
            <thead>
              <tr>
                <th scope="col">Booking</th>
                <th scope="col">Show</th>
                <th scope="col">Seats</th>
                <th scope="col" class="num">
                  Paid
                </th>
                <th scope="col">Status</th>
                <th scope="col">Channel</th>
              </tr>
            </thead>
            <tbody>
              {props.bookings.map((b) => (
                <tr>
                  <th scope="row">
                    <a href={`/admin/bookings/${encodeURIComponent(b.id)}`}>{b.id}</a>
                  </th>
                  <td>
                    {b.movieTitle}
                    <br />
                    <span class="muted">
                      {showTimeText(new Date(b.startsAt), b.timezone)}, {b.screenName}
                    </span>
                  </td>
                  <td>{b.seats.join(', ')}</td>
                  <td class="num">{formatInr(b.quote.totalMinor)}</td>
                  <td class={b.status === 'confirmed' ? undefined : 'status-cancelled'}>{b.status}</td>
                  <td>{CHANNELS[b.channel]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
    ) : null}
  </section>
);
