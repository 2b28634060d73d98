import type { Child } from 'hono/jsx';
import { CityPicker, type City } from '../components/city-picker.js';
import { DateStrip, pickedDayLabel, type DateOption } from '../components/date-strip.js';
import type { MovieWithShows } from '../components/movie-card.js';
import { SearchFiltersForm, type FilterOptions } from '../components/search-filters.js';
import { hxSearch, narrowingCount, searchHref, type SearchFilters } from '../components/search-href.js';
import { SearchResults } from '../components/search-results.js';
import { useI18n } from '../i18n/i18n.js';

export type SearchViewProps = {
  /** The path the filters go back to: `/` or `/search`. */
  base: string;
  cities: City[];
  filters: SearchFilters;
  dateLabel: string;
  dates: DateOption[];
  options: FilterOptions;
  movies: MovieWithShows[];
  showCount: number;
  /** Keep the filter panel open (the last change came from it). */
  filtersOpen: boolean;
  /** The home page's "Recommended for you" row (server/catalog/recommended.ts). */
  recommended?: Child;
};

/**
 * The whole search region. The full page renders it inside the Layout; an htmx request gets it
 * alone and swaps it in place of the old one, so both always match.
 */
export const SearchView = (props: SearchViewProps) => {
  const { base, filters } = props;
  const i18n = useI18n();
  const city = props.cities.find((c) => c.id === filters.city);
  const cityName = city ? i18n.name(city.name) : i18n.t.common.yourCity;
  const dayLabel = pickedDayLabel(i18n, props.dates, filters.date);
  return (
    <div id="search" class="search">
      <h1 class="page-title">
        {i18n.t.search.heading(cityName)}
        <time datetime={filters.date}>{dayLabel}</time>
      </h1>
      <CityPicker
        cities={props.cities}
        selectedCityId={filters.city}
        hrefFor={(city) => searchHref(base, filters, { city, theater: undefined })}
        linkAttrs={hxSearch}
      />
      <DateStrip dates={props.dates} selected={filters.date} hrefFor={(date) => searchHref(base, filters, { date })} linkAttrs={hxSearch} />
      {props.recommended}
      <SearchFiltersForm base={base} filters={filters} options={props.options} open={props.filtersOpen} />
      <SearchResults
        movies={props.movies}
        showCount={props.showCount}
        cityName={cityName}
        dateLabel={dayLabel}
        filtered={narrowingCount(filters) > 0}
        movieHref={(id) => `/movies/${encodeURIComponent(id)}?city=${encodeURIComponent(filters.city)}`}
      />
    </div>
  );
};
