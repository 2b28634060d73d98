import { dayInSentence } from './day-in-sentence.js';
import { MovieCard, type MovieWithShows } from './movie-card.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The movies matching the search, or a sentence saying why there are none. */
export const SearchResults = (props: {
  movies: MovieWithShows[];
  showCount: number;
  cityName: string;
  dateLabel: string;
  filtered: boolean;
  movieHref: (movieId: string) => string;
}) => (
  <section class="search-results" aria-labelledby="results-heading">
    <h2 id="results-heading" class="results-summary">
      {props.showCount === 0
        ? 'No shows'
        : `${plural(props.showCount, 'show', 'shows')} of ${plural(props.movies.length, 'movie', 'movies')}`}
    </h2>
    {props.movies.length === 0 ? (
      <div class="empty-state">
        <p>
          {props.filtered
            ? `No show in ${props.cityName} for ${dayInSentence(props.dateLabel)} matches these filters. Try fewer filters or another day.`
            : `There are no more shows in ${props.cityName} for ${dayInSentence(props.dateLabel)}. Try another day — theaters add shows through the week.`}
        </p>
      </div>
    ) : (
      <div class="movie-list">
        {props.movies.map((movie) => (
          <MovieCard movie={movie} movieHref={props.movieHref(movie.id)} />
        ))}
      </div>
    )}
  </section>
);
