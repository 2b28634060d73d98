import { useI18n } from '../i18n/i18n.js';
import { MovieCard, type MovieWithShows } from './movie-card.js';

/** The movies matching the search, or a sentence saying why there are none. */
export const SearchResults = (props: {
  movies: MovieWithShows[];
  showCount: number;
  cityName: string;
  /** The picked day in the page's language ("Today", "Thu, 3 Dec"). */
  dateLabel: string;
  filtered: boolean;
  movieHref: (movieId: string) => string;
}) => {
  const { t } = useI18n();
  const w = t.search;
  const day = w.dayInSentence(props.dateLabel);
  return (
    <section class="search-results" aria-labelledby="results-heading">
      <h2 id="results-heading" class="results-summary">
        {props.showCount === 0 ? w.noShows : w.summary(props.showCount, props.movies.length)}
      </h2>
      {props.movies.length === 0 ? (
        <div class="empty-state">
          <p>{props.filtered ? w.noneFiltered(props.cityName, day) : w.noneAtAll(props.cityName, day)}</p>
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
};
