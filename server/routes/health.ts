import { Hono } from 'hono';
import type { Lifecycle } from '../ops/lifecycle.js';
import type { Db } from '../store/db.js';
import { pingTable } from '../store/table.js';

const UNAVAILABLE = { status: 'unavailable', error: { code: 'store_unavailable', message: 'The store is not reachable.' } };

/**
 * Probes, none behind a session or the body limit:
 * - `/healthz` — API.md's contract: 200 once the server can reach its store, 503 otherwise.
 * - `/readyz` — for the load balancer: the store answers and the process is not shutting down
 *   (503 while draining, so no new request is sent to a process that is about to exit).
 * - `/livez` — for the process supervisor: the process answers at all. It never calls the
 *   store, so a store outage does not get every server restarted in a loop.
 */
export function healthRoutes(deps: { db: Db; lifecycle?: Lifecycle }): Hono {
  const app = new Hono();
  const storeAnswers = () =>
    pingTable(deps.db).then(
      () => true,
      () => false,
    );
  app.get('/healthz', async (c) => ((await storeAnswers()) ? c.json({ status: 'ok' }) : c.json(UNAVAILABLE, 503)));
  app.get('/readyz', async (c) => {
    if (deps.lifecycle?.draining) return c.json({ status: 'draining' }, 503);
    return (await storeAnswers()) ? c.json({ status: 'ready' }) : c.json(UNAVAILABLE, 503);
  });
  app.get('/livez', (c) => c.json({ status: 'alive' }));
  return app;
}
