import { Hono } from 'hono';
import { listMovies } from '../catalog/list-movies.js';
import { movieQuery, showtimeQuery } from '../catalog/schemas.js';
import { searchShowtimes } from '../catalog/search-showtimes.js';
import { getShowtimeView, toShowtimeView } from '../catalog/showtime-view.js';
import { loadCatalog } from '../store/catalog.js';
import type { Db } from '../store/db.js';
import type { AppEnv } from './env.js';
import { validate } from './read-input.js';

export function apiCatalogRoutes(deps: { db: Db; clock: () => Date }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/cities', async (c) => {
    const { cities } = await loadCatalog(deps.db);
    return c.json({ cities: cities.map((x) => ({ id: x.id, name: x.name })) });
  });

  app.get('/movies', async (c) => {
    const q = validate(movieQuery, c.req.query());
    const movies = await listMovies(deps.db, { cityId: q.city, language: q.language, genre: q.genre }, deps.clock());
    return c.json({ movies });
  });

  app.get('/showtimes', async (c) => {
    const q = validate(showtimeQuery, c.req.query());
    const { showtimes } = await searchShowtimes(deps.db, q, deps.clock());
    return c.json({ showtimes: showtimes.map(toShowtimeView) });
  });

  app.get('/showtimes/:id', async (c) => {
    return c.json({ showtime: await getShowtimeView(deps.db, c.req.param('id')) });
  });

  return app;
}
