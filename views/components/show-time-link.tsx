import { useI18n } from '../i18n/i18n.js';

export type ShowTime = {
  id: string;
  theaterName: string;
  screenName: string;
  /** Already in the theater's time zone, e.g. "6:30 pm". */
  timeLabel: string;
  /** When given, the time is printed in the page's language instead of `timeLabel`. */
  startsAt?: string;
  timezone?: string;
  language: string;
  format: string;
  seatsAvailable: number;
  seatsTotal: number;
};

/** Under a fifth of the seats left counts as filling fast. */
const FILLING_FAST_SHARE = 0.2;

export function availabilityOf(show: Pick<ShowTime, 'seatsAvailable' | 'seatsTotal'>) {
  if (show.seatsAvailable <= 0) return 'sold-out' as const;
  if (show.seatsTotal > 0 && show.seatsAvailable / show.seatsTotal < FILLING_FAST_SHARE) {
    return 'filling-fast' as const;
  }
  return 'available' as const;
}

/** One show time; a sold-out show is shown but cannot be opened. */
export const ShowTimeLink = (props: { show: ShowTime }) => {
  const { show } = props;
  const { t, clock, name } = useI18n();
  const availability = availabilityOf(show);
  const body = (
    <>
      <span class="show-time-clock">{show.startsAt && show.timezone ? clock(show.startsAt, show.timezone) : show.timeLabel}</span>
      <span class="show-time-details">
        {name(show.language)} · {show.format}
      </span>
      <span class="show-time-details">{show.screenName}</span>
      {availability === 'filling-fast' ? <span class="badge badge-warn">{t.show.fillingFast}</span> : null}
      {availability === 'sold-out' ? <span class="badge badge-muted">{t.show.soldOut}</span> : null}
    </>
  );
  if (availability === 'sold-out') {
    return <span class="show-time show-time-sold-out">{body}</span>;
  }
  return (
    <a href={`/showtimes/${encodeURIComponent(show.id)}`} class={`show-time show-time-${availability}`}>
      {body}
    </a>
  );
};
