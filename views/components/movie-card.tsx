import { ShowTimeLink, type ShowTime } from './show-time-link.js';

export type MovieWithShows = {
  id: string;
  title: string;
  languages: string[];
  genres: string[];
  certificate: string;
  durationMinutes: number;
  /** Out of 10; absent when not rated yet. */
  rating?: number | null;
  shows: ShowTime[];
};

export function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}

/** Groups shows by theater, keeping the order the server sent them in. */
function byTheater(shows: ShowTime[]): [string, ShowTime[]][] {
  const groups = new Map<string, ShowTime[]>();
  for (const show of shows) {
    const list = groups.get(show.theaterName) ?? [];
    list.push(show);
    groups.set(show.theaterName, list);
  }
  return [...groups.entries()];
}

export const MovieCard = (props: { movie: MovieWithShows }) => {
  const { movie } = props;
  const headingId = `movie-${movie.id}`;
  return (
    <article class="card movie-card" aria-labelledby={headingId}>
      <header class="movie-card-header">
        <h3 id={headingId} class="movie-title">
          {movie.title}
        </h3>
        <ul class="movie-facts">
          <li>
            <span class="certificate" title="Certificate">
              {movie.certificate}
            </span>
          </li>
          <li>{formatDuration(movie.durationMinutes)}</li>
          {movie.rating != null ? (
            <li>
              <span aria-hidden="true">★ </span>
              {movie.rating.toFixed(1)}
              <span class="visually-hidden"> out of 10</span>
            </li>
          ) : null}
        </ul>
        <p class="movie-languages">{movie.languages.join(', ')}</p>
        {movie.genres.length > 0 ? <p class="movie-genres">{movie.genres.join(' · ')}</p> : null}
      </header>
      {byTheater(movie.shows).map(([theaterName, shows]) => (
        <section class="theater-shows">
          <h4 class="theater-name">{theaterName}</h4>
          <ul class="show-times">
            {shows.map((show) => (
              <li>
                <ShowTimeLink show={show} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
};
