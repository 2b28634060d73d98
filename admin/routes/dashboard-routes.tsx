import { Hono, type Context } from 'hono';
import { AppError } from '../../server/domain/errors.js';
import { may } from '../../server/domain/permissions.js';
import type { AppEnv } from '../../server/routes/env.js';
import { tr } from '../../server/routes/render.js';
import { DashboardPage } from '../../views/admin/dashboard-page.js';
import type { AdminDeps } from '../deps.js';
import { parsePeriod } from '../services/analytics.js';
import { visibleFailedMessages } from '../services/failed-messages.js';
import { ADVANCE_DAYS, dashboardData } from '../services/report-data.js';
import { dashboardTables } from '../services/report-tables.js';
import { toCsv } from '../services/report-table.js';
import { adminPage, scopeFor, withTheater } from './admin-page.js';
import { csvResponse } from './csv-response.js';

/** /admin: today's shows for everyone; sales, trends and top movies for those who may see reports. */
export function dashboardRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  async function load(c: Context<AppEnv>) {
    const scope = await scopeFor(c, deps, 'theater.view');
    const days = parsePeriod(c.req.query('days'));
    const data = await dashboardData(deps.db, scope.theater, deps.clock(), days);
    return { scope, days, data, tables: dashboardTables(data, scope.theater.timezone) };
  }

  app.get('/admin', async (c) => {
    const { scope, days, data, tables } = await load(c);
    const id = scope.theater.id;
    const roles = scope.staff.roles;
    const showFigures = may(roles, 'report.view', id);
    const failed = may(roles, 'booking.resend', id) ? await visibleFailedMessages(deps.db, roles, { theaterId: id }) : [];
    return adminPage(
      c,
      { title: tr(c).t.admin.dashboard.title, section: 'dashboard', scope },
      <DashboardPage
        theaterName={scope.theater.name}
        today={data.today}
        days={days}
        showFigures={showFigures}
        todayFigures={data.todayTotals}
        period={data.totals}
        advance={{ ...data.advance, days: ADVANCE_DAYS }}
        tables={tables}
        csvHref={(t) => withTheater(`/admin/dashboard/${t}.csv?days=${days}`, id)}
        periodHref={(d) => withTheater(`/admin?days=${d}`, id)}
        failedMessages={{ count: failed.length, href: withTheater('/admin/messages', id) }}
      />,
    );
  });

  app.get('/admin/dashboard/:file{[a-z-]+\\.csv}', async (c) => {
    const { scope, tables } = await load(c);
    const id = c.req.param('file').replace(/\.csv$/, '');
    if (id !== 'today' && !may(scope.staff.roles, 'report.view', scope.theater.id)) throw new AppError('forbidden');
    const table = tables.find((t) => t.id === id);
    if (!table) throw new AppError('not_found', 'There is no such table.');
    return csvResponse(c, `${scope.theater.id}-${id}.csv`, toCsv(table));
  });

  return app;
}
