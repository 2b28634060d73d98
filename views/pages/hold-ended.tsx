import { useI18n } from '../i18n/i18n.js';

/** A hold that expired or was let go: nothing was charged; back to the map. */
export const HoldEndedPage = (props: { showtimeId: string; movieTitle: string; message?: string }) => {
  const { t } = useI18n();
  const w = t.holdEnded;
  return (
    <>
      <link rel="stylesheet" href="/static/booking.css" />
      <section class="booking-page hold-ended">
        <h1 class="page-title">{w.heading}</h1>
        <p class="lead">{props.message ?? w.timeUp}</p>
        <p class="notice notice-success">{w.notCharged}</p>
        <p>
          <a href={`/showtimes/${encodeURIComponent(props.showtimeId)}`} class="button button-primary">
            {w.again(props.movieTitle)}
          </a>
        </p>
      </section>
    </>
  );
};
