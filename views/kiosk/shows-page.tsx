import { showTimeText } from '../../server/domain/show-time-label.js';
import { useKioskWords } from '../i18n/features/kiosk.js';
import { useI18n } from '../i18n/i18n.js';

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
export const ShowsPage = (props: { shows: KioskShowRow[]; online: boolean }) => {
  const i = useI18n();
  const w = useKioskWords().shows;
  return (
  <section>
    <h1>{w.heading}</h1>
    {!props.online ? (
      <p class="flash flash-info" role="status">
        {w.offline}
      </p>
    ) : null}
    {props.shows.length === 0 ? <p>{w.none}</p> : null}
    <ul class="kiosk-shows">
      {props.shows.map((s) => (
        <li>
          <a href={`/shows/${encodeURIComponent(s.id)}`} class={`kiosk-show${s.onSale ? '' : ' kiosk-show-closed'}`}>
            <strong>{s.movieTitle}</strong>
            <span>{i.lang === 'en' ? showTimeText(new Date(s.startsAt), s.timezone) : i.when(s.startsAt, s.timezone)}</span>
            <span>
              {s.screenName} · {i.name(s.language)} · {s.format}
            </span>
            <span>{s.onSale ? w.seatsLeft(s.seatsLeft) : w.closed}</span>
            {s.leasedHere ? <span class="kiosk-mine-count">{w.leasedHere(s.leasedHere)}</span> : null}
          </a>
        </li>
      ))}
    </ul>
  </section>
  );
};
