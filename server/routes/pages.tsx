import { Hono, type Context } from 'hono';
import { browseSearch } from '../catalog/browse-search.js';
import { movieSchedule } from '../catalog/movie-schedule.js';
import { lenientFilters } from '../catalog/schemas.js';
import { theaterSchedule } from '../catalog/theater-schedule.js';
import type { Db } from '../store/db.js';
import { searchHref } from '../../views/components/search-href.js';
import { AboutPage } from '../../views/pages/about.js';
import { ContactPage } from '../../views/pages/contact.js';
import { MoviePage } from '../../views/pages/movie.js';
import { SearchView } from '../../views/pages/search.js';
import { TheaterPage } from '../../views/pages/theater.js';
import { renderFragment } from '../../views/render.js';
import type { AppEnv } from './env.js';
import { page, tr } from './render.js';

/** An htmx swap wants the region alone; a history restore after a cache miss wants the whole page. */
function wantsFragment(c: Context<AppEnv>): boolean {
  return c.req.header('HX-Request') === 'true' && c.req.header('HX-History-Restore-Request') !== 'true';
}

export function pageRoutes(deps: { db: Db; clock: () => Date }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const search = async (c: Context<AppEnv>) => {
    const base = c.req.path === '/search' ? '/search' : '/';
    const r = await browseSearch(deps.db, lenientFilters(c.req.query()), deps.clock());
    const view = (
      <SearchView
        base={base}
        cities={r.cities}
        filters={r.filters}
        dateLabel={r.dateLabel}
        dates={r.dates}
        options={r.options}
        movies={r.movies}
        showCount={r.showCount}
        filtersOpen={c.req.header('HX-Trigger') === 'search-filters'}
      />
    );
    const title = r.city ? tr(c).t.common.whatsOnIn(r.city.name) : 'Movie Magic';
    c.header('Vary', 'HX-Request');
    if (wantsFragment(c)) {
      // The form sends its empty selects too; the address bar gets the tidy equivalent.
      c.header('HX-Push-Url', searchHref(base, r.filters));
      // htmx takes the <title> out of the fragment and puts it on the tab.
      return renderFragment(c, <><title>{`${title} · Movie Magic`}</title>{view}</>);
    }
    return page(c, title, view);
  };
  app.get('/', search);
  app.get('/search', search);

  app.get('/movies/:id', async (c) => {
    const s = await movieSchedule(deps.db, c.req.param('id'), c.req.query('city'), deps.clock());
    return page(c, s.movie.title, <MoviePage movie={s.movie} cities={s.cities} city={s.city} days={s.days} />);
  });

  app.get('/theaters/:id', async (c) => {
    const s = await theaterSchedule(deps.db, c.req.param('id'), lenientFilters(c.req.query()).date, deps.clock(), tr(c).t.policy.words);
    return page(
      c,
      s.theater.name,
      <TheaterPage
        theater={s.theater}
        cityName={s.city?.name ?? ''}
        policy={s.policy}
        date={s.date}
        dateLabel={s.dateLabel}
        dates={s.dates}
        days={s.days}
      />,
    );
  });

  app.get('/about', (c) => page(c, tr(c).t.about.title, <AboutPage />));
  app.get('/contact', (c) => page(c, tr(c).t.contact.title, <ContactPage />));
  return app;
}
