import { Hono, type Context } from 'hono';
import { browseSearch } from '../catalog/browse-search.js';
import { recommendedFor } from '../catalog/recommended.js';
import { lenientFilters } from '../catalog/schemas.js';
import { theaterSchedule } from '../catalog/theater-schedule.js';
import type { Db } from '../store/db.js';
import { RecommendedRow } from '../../views/components/recommended-row.js';
import { searchHref } from '../../views/components/search-href.js';
import { AboutPage } from '../../views/pages/about.js';
import { ContactPage } from '../../views/pages/contact.js';
import { SearchView } from '../../views/pages/search.js';
import { TheaterPage } from '../../views/pages/theater.js';
import { renderFragment } from '../../views/render.js';
import type { AppEnv } from './env.js';
import { movieDetailPage } from './movie-page.js';
import { page, tr } from './render.js';

/** An htmx swap wants the region alone; a history restore after a cache miss wants the whole page. */
function wantsFragment(c: Context<AppEnv>): boolean {
  return c.req.header('HX-Request') === 'true' && c.req.header('HX-History-Restore-Request') !== 'true';
}

export function pageRoutes(deps: { db: Db; clock: () => Date }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  const search = async (c: Context<AppEnv>) => {
    const base = c.req.path === '/search' ? '/search' : '/';
    const now = deps.clock();
    const r = await browseSearch(deps.db, lenientFilters(c.req.query()), now);
    const picks = base === '/' && r.city ? await recommendedFor(deps.db, { cityId: r.city.id, userId: c.get('user')?.id ?? null, lang: tr(c).lang }, now) : null;
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
        recommended={
          picks ? (
            <RecommendedRow
              cityName={tr(c).name(picks.city.name)}
              signedIn={picks.signedIn}
              items={picks.items}
              movieHref={(id) => `/movies/${encodeURIComponent(id)}?city=${encodeURIComponent(picks.city.id)}`}
            />
          ) : null
        }
      />
    );
    const title = r.city ? tr(c).t.common.whatsOnIn(tr(c).name(r.city.name)) : 'Movie Magic';
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

  app.get('/movies/:id', (c) => movieDetailPage(c, deps, c.req.param('id')));

  app.get('/theaters/:id', async (c) => {
    const s = await theaterSchedule(deps.db, c.req.param('id'), lenientFilters(c.req.query()).date, deps.clock(), tr(c).t.policy.words);
    return page(
      c,
      s.theater.name,
      <TheaterPage
        theater={s.theater}
        cityName={s.city ? tr(c).name(s.city.name) : ''}
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
