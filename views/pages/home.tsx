import { CityPicker, type City } from '../components/city-picker.js';
import { MovieCard, type MovieWithShows } from '../components/movie-card.js';

export type HomePageProps = {
  cities: City[];
  selectedCityId: string;
  /** YYYY-MM-DD, the theater's "today" or the day picked. */
  date: string;
  dateLabel: string;
  movies: MovieWithShows[];
};

export const HomePage = (props: HomePageProps) => {
  const city = props.cities.find((c) => c.id === props.selectedCityId);
  const cityName = city?.name ?? 'your city';
  const movies = props.movies.filter((m) => m.shows.length > 0);
  return (
    <div class="home">
      <CityPicker cities={props.cities} selectedCityId={props.selectedCityId} />
      <h1 class="page-title">
        What's on in {cityName} — <time datetime={props.date}>{props.dateLabel}</time>
      </h1>
      {movies.length === 0 ? (
        <div class="empty-state">
          <h2>No shows on this day</h2>
          <p>
            There are no shows in {cityName} for {props.dateLabel}. Try another city, or check back
            later — theaters add shows through the week.
          </p>
        </div>
      ) : (
        <>
          <h2 class="visually-hidden">Movies</h2>
          <div class="movie-list">
            {movies.map((movie) => (
              <MovieCard movie={movie} />
            ))}
          </div>
        </>
      )}
    </div>
  );
};
