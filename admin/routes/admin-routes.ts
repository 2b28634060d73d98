import { Hono } from 'hono';
import type { AppEnv } from '../../server/routes/env.js';
import type { AdminDeps } from '../deps.js';
import { apiAdminRoutes } from './api-admin-routes.js';
import { auditRoutes } from './audit-routes.js';
import { bookingRoutes } from './booking-routes.js';
import { dashboardRoutes } from './dashboard-routes.js';
import { kioskRoutes } from './kiosk-routes.js';
import { messageRoutes } from './message-routes.js';
import { movieRoutes } from './movie-routes.js';
import { posterRoutes } from './poster-routes.js';
import { reportRoutes } from './report-routes.js';
import { reviewRoutes } from './review-routes.js';
import { screenRoutes } from './screen-routes.js';
import { showtimeRoutes } from './showtime-routes.js';
import { staffGate } from './staff-gate.js';
import { staffRoutes } from './staff-routes.js';
import { theaterRoutes } from './theater-routes.js';

/**
 * The admin panel: pages under /admin and its JSON routes under /api/v1/admin. The gate turns
 * away the signed-out and customers; every route then checks its action at its theater.
 */
export function adminRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/admin', staffGate('page'));
  app.use('/admin/*', staffGate('page'));
  for (const path of ['/api/v1/admin/showtimes', '/api/v1/admin/showtimes/*']) app.use(path, staffGate('json'));

  app.route('/', dashboardRoutes(deps));
  app.route('/', auditRoutes(deps));
  app.route('/', theaterRoutes(deps));
  app.route('/', screenRoutes(deps));
  app.route('/', movieRoutes(deps));
  app.route('/', posterRoutes(deps));
  app.route('/', showtimeRoutes(deps));
  app.route('/', apiAdminRoutes(deps));
  app.route('/', bookingRoutes(deps));
  app.route('/', reportRoutes(deps));
  app.route('/', messageRoutes(deps));
  app.route('/', kioskRoutes(deps));
  app.route('/', staffRoutes(deps));
  app.route('/', reviewRoutes(deps));
  return app;
}
