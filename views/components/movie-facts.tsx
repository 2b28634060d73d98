import { useI18n } from '../i18n/i18n.js';

export type MovieFactsProps = {
  certificate: string;
  durationMinutes: number;
  /** Out of 5 (the demo ratings run 3.9–4.6); absent when not rated yet. */
  rating?: number | null;
};

/** Certificate · duration · rating, as one line. */
export const MovieFacts = (props: MovieFactsProps) => {
  const { t, locale } = useI18n();
  const h = Math.floor(props.durationMinutes / 60);
  const m = props.durationMinutes % 60;
  return (
    <ul class="movie-facts">
      <li>
        <span class="certificate" title={t.show.certificate}>
          {props.certificate}
        </span>
      </li>
      <li>{t.show.duration(h, m)}</li>
      {props.rating != null ? (
        <li>
          <span aria-hidden="true">★ </span>
          {props.rating.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
          <span class="visually-hidden">{t.show.outOf5}</span>
        </li>
      ) : null}
    </ul>
  );
};
