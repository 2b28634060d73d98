import type { Booking } from '../../server/domain/booking.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { useI18n } from '../i18n/i18n.js';

export type BookingsPageProps = {
  theaterId: string;
  theaterName: string;
  q: string;
  searched: boolean;
  bookings: Booking[];
  failedHref?: string;
};

/** Find a theater's bookings by booking id, email, phone or show. */
export const BookingsPage = (props: BookingsPageProps) => {
  const i = useI18n();
  const w = i.t.admin.bookings;
  return (
  <section>
    <h1 class="page-title">{w.heading(props.theaterName)}</h1>
    <form method="get" action="/admin/bookings" class="stack-form admin-form" role="search">
      <input type="hidden" name="theater" value={props.theaterId} />
      <div class="field">
        <label for="booking-q" class="field-label">
          {w.query}
        </label>
        <input id="booking-q" name="q" type="search" value={props.q} class="field-input" placeholder="MVM-20261201-AB12CD34, name@example.in, 98765 43210" />
      </div>
      <button type="submit" class="button button-primary">
        {i.t.admin.common.search}
      </button>
    </form>
    {props.searched ? (
      props.bookings.length === 0 ? (
        <p class="empty-state" role="status">
          {w.noMatch(props.q)}
        </p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>
              {w.found(i.num(props.bookings.length), props.bookings.length !== 1, props.q)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{w.booking}</th>
                <th scope="col">{w.show}</th>
                <th scope="col">{w.seats}</th>
                <th scope="col" class="num">
                  {w.paid}
                </th>
                <th scope="col">{w.status}</th>
                <th scope="col">{w.channel}</th>
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
                      {showTimeText(new Date(b.startsAt), b.timezone, i.locale)}, {b.screenName}
                    </span>
                  </td>
                  <td>{b.seats.join(', ')}</td>
                  <td class="num">{i.money(b.quote.totalMinor)}</td>
                  <td class={b.status === 'confirmed' ? undefined : 'status-cancelled'}>{w.statusName[b.status]}</td>
                  <td>{i.t.admin.channels[b.channel]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
    ) : null}
  </section>
  );
};
