export type MovieFactsProps = {
  certificate: string;
  durationMinutes: number;
  /** Out of 5 (the demo ratings run 3.9–4.6); absent when not rated yet. */
  rating?: number | null;
};

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}

/** Certificate · duration · rating, as one line. */
export const MovieFacts = (props: MovieFactsProps) => (
  <ul class="movie-facts">
    <li>
      <span class="certificate" title="Certificate">
        {props.certificate}
      </span>
    </li>
    <li>{formatDuration(props.durationMinutes)}</li>
    {props.rating != null ? (
      <li>
        <span aria-hidden="true">★ </span>
        {props.rating.toFixed(1)}
        <span class="visually-hidden"> out of 5</span>
      </li>
    ) : null}
  </ul>
);
