import { showTimeText } from '../../server/domain/show-time-label.js';

export interface KioskShowRow {
  id: string;
  movieTitle: string;
  screenName: string;
  startsAt: string;
  timezone: string;
  language: string;
  format: string;
  seatsLeft: number;
  /** Seats of this show this kiosk can sell offline right now. */
  leasedHere: number;
  onSale: boolean;
}

/** Pick a show: one big button per show still on sale at the counter, soonest first. */
export const ShowsPage = (props: { shows: KioskShowRow[]; online: boolean }) => (
  <section>
    <h1>Sell tickets</h1>
    {!props.online ? (
      <p class="flash flash-info" role="status">
        The link to the server is down. You can sell the seats leased to this kiosk (marked on each show); the sales sync when the link is back.
      </p>
    ) : null}
    {props.shows.length === 0 ? <p>No shows on sale. Sync to fetch the schedule.</p> : null}
    <ul class="kiosk-shows">
      {props.shows.map((s) => (
        <li>
          <a href={`/shows/${encodeURIComponent(s.id)}`} class={`kiosk-show${s.onSale ? '' : ' kiosk-show-closed'}`}>
            <strong>{s.movieTitle}</strong>
            <span>{showTimeText(new Date(s.startsAt), s.timezone)}</span>
            <span>
              {s.screenName} · {s.language} · {s.format}
            </span>
            <span>{s.onSale ? `${s.seatsLeft} seats left` : 'Sales closed'}</span>
            {s.leasedHere ? <span class="kiosk-mine-count">{s.leasedHere} leased to this kiosk</span> : null}
          </a>
        </li>
      ))}
    </ul>
  </section>
);
