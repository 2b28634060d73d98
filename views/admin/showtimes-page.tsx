import { clockText } from '../../server/domain/show-time-label.js';
import type { ShowAgg } from '../../server/store/sales-aggregates.js';

export type ShowtimesPageProps = {
  theaterId: string;
  theaterName: string;
  timezone: string;
  date: string;
  prevDate: string;
  nextDate: string;
  shows: ShowAgg[];
  canSchedule: boolean;
};

/** One day of a theater's shows, by start time, with how full each is. */
export const ShowtimesPage = (props: ShowtimesPageProps) => {
  const q = (date: string) => `/admin/showtimes?theater=${encodeURIComponent(props.theaterId)}&date=${date}`;
  return (
    <section>
      <h1 class="page-title">Shows at {props.theaterName}</h1>
      <div class="admin-actions">
        {props.canSchedule ? (
          <a class="button button-primary" href={`/admin/showtimes/new?theater=${encodeURIComponent(props.theaterId)}`}>
            Schedule shows
          </a>
        ) : null}
        <a class="button button-secondary" href={q(props.prevDate)}>
          ← Previous day
        </a>
        <form method="get" action="/admin/showtimes" class="inline-form">
          <input type="hidden" name="theater" value={props.theaterId} />
          <label for="show-date" class="visually-hidden">
            Date
          </label>
          <input id="show-date" type="date" name="date" value={props.date} class="field-input" />{' '}
          <button type="submit" class="button button-secondary">
            Show day
          </button>
        </form>
        <a class="button button-secondary" href={q(props.nextDate)}>
          Next day →
        </a>
      </div>
      {props.shows.length === 0 ? (
        <p class="empty-state">No shows on {props.date}.</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>Shows on {props.date}</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Movie</th>
                <th scope="col">Screen</th>
                <th scope="col">Language · format</th>
                <th scope="col" class="num">
                  Sold
                </th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {props.shows.map((s) => (
                <tr>
                  <th scope="row">
                    {clockText(new Date(s.startsAt), props.timezone)}
                    {s.status === 'cancelled' ? <span class="status-cancelled"> cancelled</span> : null}
                  </th>
                  <td>{s.movieTitle}</td>
                  <td>{s.screenName}</td>
                  <td>{[s.language, s.format].filter(Boolean).join(' · ')}</td>
                  <td class="num">
                    {s.seatsSold} / {s.seatsOffered}
                  </td>
                  <td>
                    <a href={`/admin/showtimes/${encodeURIComponent(s.showtimeId)}`}>
                      Manage {s.movieTitle} at {clockText(new Date(s.startsAt), props.timezone)}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
