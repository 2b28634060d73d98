/** The search filters as the URL carries them: shareable, and the same with or without JavaScript. */
export type SearchFilters = {
  city: string;
  date: string;
  movie?: string;
  theater?: string;
  language?: string;
  genre?: string;
  format?: string;
  time?: string;
};

const ORDER = ['city', 'date', 'movie', 'theater', 'language', 'genre', 'format', 'time'] as const;
const NARROWING = ['movie', 'theater', 'language', 'genre', 'format', 'time'] as const;

/** `base?city=…&date=…` with `change` applied; empty values are left out. */
export function searchHref(base: string, filters: SearchFilters, change: Partial<SearchFilters> = {}): string {
  const merged: Partial<SearchFilters> = { ...filters, ...change };
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** How many filters beyond city and date narrow the results. */
export function narrowingCount(filters: SearchFilters): number {
  return NARROWING.filter((key) => filters[key]).length;
}

/** The same filters with only city and date kept. */
export function withoutNarrowing(filters: SearchFilters): SearchFilters {
  return { city: filters.city, date: filters.date };
}

/**
 * Makes a link or form load into the search region with htmx and push its URL; without
 * JavaScript the plain href or form action does the same with a full page.
 */
export function hxSearch(href: string): Record<string, string> {
  return { 'hx-get': href, 'hx-target': '#search', 'hx-swap': 'outerHTML', 'hx-push-url': 'true', 'hx-indicator': '#search' };
}
