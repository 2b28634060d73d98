import type { Child } from 'hono/jsx';
import { CityPicker, type City } from '../components/city-picker.js';
import { DaySchedule, type ScheduleDay } from '../components/day-schedule.js';
import { MovieFacts } from '../components/movie-facts.js';
import { useI18n } from '../i18n/i18n.js';

export type MoviePageProps = {
  movie: {
    id: string;
    title: string;
    synopsis: string;
    cast: string[];
    languages: string[];
    genres: string[];
    certificate: string;
    durationMinutes: number;
    rating: number | null;
  };
  cities: City[];
  city: City | null;
  days: ScheduleDay[];
  /** The reviews section (server/routes/movie-page.tsx). */
  reviews?: Child;
};

export const MoviePage = (props: MoviePageProps) => {
  const { movie, city } = props;
  const { t, name } = useI18n();
  const w = t.movie;
  const cityName = city ? name(city.name) : t.common.yourCity;
  return (
    <article class="movie-page" aria-labelledby="movie-title">
      <p class="back-link">
        <a href={city ? `/search?city=${encodeURIComponent(city.id)}` : '/search'}>{t.common.backToWhatsOn(cityName)}</a>
      </p>
      <header class="movie-hero">
        <h1 id="movie-title" class="page-title">
          {movie.title}
        </h1>
        <MovieFacts certificate={movie.certificate} durationMinutes={movie.durationMinutes} rating={movie.rating} />
      </header>
      <section class="card movie-about" aria-label={w.about}>
        <p class="movie-synopsis">{movie.synopsis}</p>
        <dl class="details">
          <div>
            <dt>{w.languages}</dt>
            <dd>{movie.languages.map(name).join(', ')}</dd>
          </div>
          <div>
            <dt>{w.genres}</dt>
            <dd>{movie.genres.map(name).join(', ')}</dd>
          </div>
          <div>
            <dt>{w.cast}</dt>
            <dd>
              <ul class="inline-list">
                {movie.cast.map((name) => (
                  <li>{name}</li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </section>
      <section class="movie-shows" aria-labelledby="shows-heading">
        <h2 id="shows-heading" class="section-title">
          {w.showsIn(cityName)}
        </h2>
        <CityPicker
          cities={props.cities}
          selectedCityId={city?.id ?? ''}
          hrefFor={(id) => `/movies/${encodeURIComponent(movie.id)}?city=${encodeURIComponent(id)}`}
        />
        <DaySchedule
          days={props.days}
          groupHref={(id) => `/theaters/${encodeURIComponent(id)}`}
          empty={w.noShows(movie.title, cityName)}
        />
      </section>
      {props.reviews}
    </article>
  );
};
