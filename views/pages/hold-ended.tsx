/** A hold that expired or was let go: nothing was charged; back to the map. */
export const HoldEndedPage = (props: { showtimeId: string; movieTitle: string; message?: string }) => (
  <>
    <link rel="stylesheet" href="/static/booking.css" />
    <section class="booking-page hold-ended">
      <h1 class="page-title">Your seat hold has ended</h1>
      <p class="lead">{props.message ?? 'The seats were held for a few minutes only, and that time is up.'}</p>
      <p class="notice notice-success">You have not been charged for this hold.</p>
      <p>
        <a href={`/showtimes/${encodeURIComponent(props.showtimeId)}`} class="button button-primary">
          Pick seats for {props.movieTitle} again
        </a>
      </p>
    </section>
  </>
);
