import { Hono } from 'hono';
import { loadCatalog } from '../store/catalog.js';
import type { Db } from '../store/db.js';
import type { AppEnv } from './env.js';

export function apiCatalogRoutes(deps: { db: Db }): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/cities', async (c) => {
    const { cities } = await loadCatalog(deps.db);
    return c.json({ cities: cities.map((x) => ({ id: x.id, name: x.name })) });
  });
  return app;
}
