import { useI18n } from '../i18n/i18n.js';
import { MovieFacts } from './movie-facts.js';
import { ShowTimeLink, type ShowTime } from './show-time-link.js';

export type MovieWithShows = {
  id: string;
  title: string;
  languages: string[];
  genres: string[];
  certificate: string;
  durationMinutes: number;
  rating?: number | null;
  shows: (ShowTime & { theaterId: string })[];
};

/** Groups shows by theater, keeping the order the server sent them in. */
function byTheater(shows: MovieWithShows['shows']) {
  const groups = new Map<string, { id: string; name: string; shows: MovieWithShows['shows'] }>();
  for (const show of shows) {
    const group = groups.get(show.theaterId) ?? { id: show.theaterId, name: show.theaterName, shows: [] };
    group.shows.push(show);
    groups.set(show.theaterId, group);
  }
  return [...groups.values()];
}

/** A movie with its shows of one day, by theater; the title leads to the movie's page. */
export const MovieCard = (props: { movie: MovieWithShows; movieHref: string }) => {
  const { movie } = props;
  const { name } = useI18n();
  const headingId = `movie-${movie.id}`;
  return (
    <article class="card movie-card" aria-labelledby={headingId}>
      <header class="movie-card-header">
        <h3 id={headingId} class="movie-title">
          <a href={props.movieHref} class="movie-title-link">
            {movie.title}
          </a>
        </h3>
        <MovieFacts certificate={movie.certificate} durationMinutes={movie.durationMinutes} rating={movie.rating} />
        <p class="movie-languages">{movie.languages.map(name).join(', ')}</p>
        {movie.genres.length > 0 ? <p class="movie-genres">{movie.genres.map(name).join(' · ')}</p> : null}
      </header>
      {byTheater(movie.shows).map((theater) => (
        <section class="theater-shows">
          <h4 class="theater-name">
            <a href={`/theaters/${encodeURIComponent(theater.id)}`}>{theater.name}</a>
          </h4>
          <ul class="show-times">
            {theater.shows.map((show) => (
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
