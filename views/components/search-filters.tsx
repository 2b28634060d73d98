import type { TimeOfDay } from '../../server/domain/time-of-day.js';
import { useI18n } from '../i18n/i18n.js';
import { hxSearch, narrowingCount, searchHref, withoutNarrowing, type SearchFilters } from './search-href.js';
import { SelectField, type SelectOption } from './select-field.js';

export type FilterOptions = {
  movies: SelectOption[];
  theaters: SelectOption[];
  languages: SelectOption[];
  genres: SelectOption[];
  formats: SelectOption[];
  times: SelectOption[];
};

/**
 * The filter form. With htmx every change reloads the search region in place and pushes the URL;
 * without JavaScript "Show results" submits it as a plain GET form.
 */
export const SearchFiltersForm = (props: { base: string; filters: SearchFilters; options: FilterOptions; open: boolean }) => {
  const { base, filters, options } = props;
  const { t, name } = useI18n();
  const w = t.search;
  // Only the labels are translated: the values (and so the URL filters) stay as the catalog has them.
  const named = (list: SelectOption[]) => list.map((o) => ({ value: o.value, label: name(o.label) }));
  const times = options.times.map((o) => ({ value: o.value, label: t.timeOfDay[o.value as TimeOfDay] ?? o.label }));
  const count = narrowingCount(filters);
  const clearHref = searchHref(base, withoutNarrowing(filters));
  return (
    <details class="filters" open={props.open || count > 0}>
      <summary class="filters-summary">
        <span>{w.filters}</span>
        {count > 0 ? <span class="badge badge-accent">{w.filtersOn(count)}</span> : null}
      </summary>
      <form
        id="search-filters"
        method="get"
        action={base}
        class="filters-form"
        hx-get={base}
        hx-target="#search"
        hx-swap="outerHTML"
        hx-push-url="true"
        hx-trigger="change, submit"
        hx-indicator="#search"
      >
        <input type="hidden" name="city" value={filters.city} />
        <input type="hidden" name="date" value={filters.date} />
        <div class="filters-grid">
          <SelectField label={w.movie} name="movie" allLabel={w.allMovies} options={options.movies} value={filters.movie} />
          <SelectField label={w.theater} name="theater" allLabel={w.allTheaters} options={options.theaters} value={filters.theater} />
          <SelectField label={w.language} name="language" allLabel={w.allLanguages} options={named(options.languages)} value={filters.language} />
          <SelectField label={w.genre} name="genre" allLabel={w.allGenres} options={named(options.genres)} value={filters.genre} />
          <SelectField label={w.format} name="format" allLabel={w.allFormats} options={options.formats} value={filters.format} />
          <SelectField label={w.time} name="time" allLabel={w.anyTime} options={times} value={filters.time} />
        </div>
        <div class="filters-actions">
          <button type="submit" class="button button-primary">
            {w.showResults}
          </button>
          {count > 0 ? (
            <a href={clearHref} {...hxSearch(clearHref)} class="button button-secondary">
              {w.clearFilters}
            </a>
          ) : null}
        </div>
      </form>
    </details>
  );
};
