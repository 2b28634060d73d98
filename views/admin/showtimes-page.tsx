import { clockText } from '../../server/domain/show-time-label.js';
import type { ShowAgg } from '../../server/store/sales-aggregates.js';
import { useI18n } from '../i18n/i18n.js';

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
  const i = useI18n();
  const w = i.t.admin.showtimes;
  const day = i.lang === 'en' ? props.date : i.day(props.date);
  const clock = (iso: string) => clockText(new Date(iso), props.timezone, i.locale);
  const q = (date: string) => `/admin/showtimes?theater=${encodeURIComponent(props.theaterId)}&date=${date}`;
  return (
    <section>
      <h1 class="page-title">{w.heading(props.theaterName)}</h1>
      <div class="admin-actions">
        {props.canSchedule ? (
          <a class="button button-primary" href={`/admin/showtimes/new?theater=${encodeURIComponent(props.theaterId)}`}>
            {w.schedule}
          </a>
        ) : null}
        <a class="button button-secondary" href={q(props.prevDate)}>
          {w.prev}
        </a>
        <form method="get" action="/admin/showtimes" class="inline-form">
          <input type="hidden" name="theater" value={props.theaterId} />
          <label for="show-date" class="visually-hidden">
            {w.date}
          </label>
          <input id="show-date" type="date" name="date" value={props.date} class="field-input" />{' '}
          <button type="submit" class="button button-secondary">
            {w.showDay}
          </button>
        </form>
        <a class="button button-secondary" href={q(props.nextDate)}>
          {w.next}
        </a>
      </div>
      {props.shows.length === 0 ? (
        <p class="empty-state">{w.none(day)}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>{w.caption(day)}</caption>
            <thead>
              <tr>
                <th scope="col">{w.time}</th>
                <th scope="col">{w.movie}</th>
                <th scope="col">{w.screen}</th>
                <th scope="col">{w.langFormat}</th>
                <th scope="col" class="num">
                  {w.sold}
                </th>
                <th scope="col">{w.actions}</th>
              </tr>
            </thead>
            <tbody>
              {props.shows.map((s) => (
                <tr>
                  <th scope="row">
                    {clock(s.startsAt)}
                    {s.status === 'cancelled' ? <span class="status-cancelled"> {w.cancelled}</span> : null}
                  </th>
                  <td>{s.movieTitle}</td>
                  <td>{s.screenName}</td>
                  <td>{[s.language ? i.name(s.language) : '', s.format].filter(Boolean).join(' · ')}</td>
                  <td class="num">
                    {i.num(s.seatsSold)} / {i.num(s.seatsOffered)}
                  </td>
                  <td>
                    <a href={`/admin/showtimes/${encodeURIComponent(s.showtimeId)}`}>
                      {w.manage(s.movieTitle, clock(s.startsAt))}
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
