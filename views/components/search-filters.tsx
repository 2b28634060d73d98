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
  const count = narrowingCount(filters);
  const clearHref = searchHref(base, withoutNarrowing(filters));
  return (
    <details class="filters" open={props.open || count > 0}>
      <summary class="filters-summary">
        <span>Filters</span>
        {count > 0 ? <span class="badge badge-accent">{count} on</span> : null}
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
          <SelectField label="Movie" name="movie" allLabel="All movies" options={options.movies} value={filters.movie} />
          <SelectField label="Theater" name="theater" allLabel="All theaters" options={options.theaters} value={filters.theater} />
          <SelectField label="Language" name="language" allLabel="All languages" options={options.languages} value={filters.language} />
          <SelectField label="Genre" name="genre" allLabel="All genres" options={options.genres} value={filters.genre} />
          <SelectField label="Format" name="format" allLabel="All formats" options={options.formats} value={filters.format} />
          <SelectField label="Time of day" name="time" allLabel="Any time" options={options.times} value={filters.time} />
        </div>
        <div class="filters-actions">
          <button type="submit" class="button button-primary">
            Show results
          </button>
          {count > 0 ? (
            <a href={clearHref} {...hxSearch(clearHref)} class="button button-secondary">
              Clear filters
            </a>
          ) : null}
        </div>
      </form>
    </details>
  );
};
