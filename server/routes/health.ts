import { Hono } from 'hono';
import type { Db } from '../store/db.js';
import { pingTable } from '../store/table.js';

/** `/healthz`: 200 once the store answers (API.md), 503 otherwise. */
export function healthRoutes(deps: { db: Db }): Hono {
  const app = new Hono();
  app.get('/healthz', async (c) => {
    try {
      await pingTable(deps.db);
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable', error: { code: 'store_unavailable', message: 'The store is not reachable.' } }, 503);
    }
  });
  return app;
}
