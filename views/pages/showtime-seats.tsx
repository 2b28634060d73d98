import type { SeatType } from '../../server/domain/seat-layout.js';
import { CsrfField } from '../components/csrf-field.js';
import { companionIds, SeatList, WheelchairSeats } from '../components/seat-alternatives.js';
import { SeatGrid } from '../components/seat-grid.js';
import { SeatLegend } from '../components/seat-legend.js';
import { SeatPoller, SeatStream, type LiveMode } from '../components/seat-live.js';
import type { SeatView } from '../components/seat.js';
import { ShowFacts } from '../components/show-facts.js';
import { useI18n } from '../i18n/i18n.js';

export type ShowtimeSeatsProps = {
  show: {
    id: string;
    movieId: string;
    movieTitle: string;
    theaterName: string;
    screenName: string;
    startsAt: string;
    timezone: string;
    language: string;
    format: string;
  };
  seats: SeatView[];
  asOf: string;
  /** Seats to show checked (kept after a refusal). */
  selected: string[];
  csrfToken: string;
  /** Why the last attempt to hold failed; `verify` adds the link to verify the email. */
  error?: { message: string; verify?: boolean } | null;
  /** Set when the show is no longer on sale online. */
  closed?: string | null;
  live: LiveMode;
  /** The seat map, or its list alternative (`?view=list`). */
  view?: 'map' | 'list';
};

const TYPE_ORDER: SeatType[] = ['regular', 'premium', 'recliner', 'couple', 'wheelchair'];

function pricesOf(seats: SeatView[]) {
  const byType = new Map<SeatType, number>();
  for (const s of seats) if (!byType.has(s.type)) byType.set(s.type, s.priceMinor);
  return TYPE_ORDER.filter((t) => byType.has(t)).map((type) => ({ type, priceMinor: byType.get(type)! }));
}

/** The seat map of one show: pick seats, then hold them. */
export const ShowtimeSeatsPage = (props: ShowtimeSeatsProps) => {
  const { show } = props;
  const base = `/showtimes/${encodeURIComponent(show.id)}`;
  const free = props.seats.filter((s) => s.status === 'available').length;
  const { t, locale } = useI18n();
  const w = t.seats;
  const selected = new Set(props.selected);
  const list = props.view === 'list';
  return (
    <>
      <link rel="stylesheet" href="/static/booking.css" />
      <article class="booking-page seat-page">
        <header class="show-head">
          <p class="back-link">
            <a href={`/movies/${encodeURIComponent(show.movieId)}`}>{w.allShows(show.movieTitle)}</a>
          </p>
          <h1 class="page-title">{show.movieTitle}</h1>
          <ShowFacts
            theaterName={show.theaterName}
            screenName={show.screenName}
            startsAt={show.startsAt}
            timezone={show.timezone}
            language={show.language}
            format={show.format}
          />
        </header>
        {props.error ? (
          <p class="form-error" role="alert" id="hold-error">
            {props.error.message}
            {props.error.verify ? (
              <>
                {' '}
                <a href="/verify-email">{w.verifyLink}</a>
              </>
            ) : null}
          </p>
        ) : null}
        {props.closed ? (
          <p class="notice notice-warn" role="status">
            {props.closed}
          </p>
        ) : null}
        <form method="post" action={`${base}/hold`} class="seat-form" id="seat-form">
          <CsrfField token={props.csrfToken} />
          {list ? <input type="hidden" name="view" value="list" /> : null}
          <fieldset class="seat-set">
            <legend class="seat-legend-title">
              {w.pickUpTo} <span class="muted">{w.free(free)}</span>
            </legend>
            <p class="view-switch">
              <a href={list ? base : `${base}?view=list`}>{list ? w.viewMap : w.viewList}</a>
            </p>
            <SeatLegend prices={pricesOf(props.seats)} />
            {list ? (
              <SeatList seats={props.seats} selected={selected} />
            ) : (
              <>
                <div class="zoom" id="seat-zoom" hidden>
                  <button type="button" class="button button-secondary zoom-btn" data-zoom="-1" aria-label={w.zoomOut}>
                    −
                  </button>
                  <button type="button" class="button button-secondary zoom-btn" data-zoom="1" aria-label={w.zoomIn}>
                    +
                  </button>
                </div>
                <div class="smap z2" id="smap">
                  <SeatGrid seats={props.seats} selected={selected} companions={companionIds(props.seats)} />
                </div>
              </>
            )}
          </fieldset>
          <div class="pick-bar">
            <p
              class="pick-summary"
              id="pick-summary"
              aria-live="polite"
              data-locale={locale}
              data-none={w.tapToPick}
              data-one={w.jsOne}
              data-many={w.jsMany}
              data-max={w.jsMax}
              data-lost-one={w.jsLostOne}
              data-lost-many={w.jsLostMany}
            >
              {props.selected.length ? w.picked(props.selected.length, props.selected.join(', ')) : w.tapToPick}
            </p>
            <button type="submit" class="button button-primary" disabled={!!props.closed}>
              {w.continue}
            </button>
          </div>
          <WheelchairSeats seats={props.seats} disabled={!!props.closed} />
        </form>
        {props.closed || list ? null : props.live === 'sse' ? (
          <>
            <SeatStream showtimeId={show.id} since={props.asOf} />
            <script src="/static/htmx-sse.js" defer></script>
          </>
        ) : (
          <SeatPoller showtimeId={show.id} since={props.asOf} />
        )}
      </article>
      <script src="/static/seat-map.js" defer></script>
    </>
  );
};
