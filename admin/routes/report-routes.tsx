import { Hono, type Context } from 'hono';
import { AppError } from '../../server/domain/errors.js';
import { may } from '../../server/domain/permissions.js';
import type { AppEnv } from '../../server/routes/env.js';
import { tr } from '../../server/routes/render.js';
import { ReportsPage } from '../../views/admin/reports-page.js';
import type { AdminDeps } from '../deps.js';
import { parsePeriod } from '../services/analytics.js';
import { reportData } from '../services/report-data.js';
import { toCsv } from '../services/report-table.js';
import { reportTables } from '../services/report-tables.js';
import { adminPage, scopeFor, withTheater } from './admin-page.js';
import { csvResponse } from './csv-response.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The reports page and a CSV of each of its tables. */
export function reportRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  async function load(c: Context<AppEnv>) {
    const scope = await scopeFor(c, deps, 'report.view');
    const days = parsePeriod(c.req.query('days'));
    const date = c.req.query('date');
    const showDate = date && DATE.test(date) ? date : undefined;
    const data = await reportData(deps.db, scope.theater, {
      now: deps.clock(),
      days,
      showDate,
      theaters: scope.theaters.filter((t) => may(scope.staff.roles, 'report.view', t.id)),
    });
    return { scope, days, data, tables: reportTables(data) };
  }

  app.get('/admin/reports', async (c) => {
    const { scope, days, data, tables } = await load(c);
    const id = scope.theater.id;
    const q = (extra: string) => withTheater(`${extra}${extra.includes('?') ? '&' : '?'}days=${days}&date=${data.showDate}`, id);
    return adminPage(
      c,
      { title: tr(c).t.admin.reports.title, section: 'reports', scope },
      <ReportsPage
        theaterId={id}
        theaterName={scope.theater.name}
        days={days}
        from={data.period.from}
        to={data.period.to}
        showDate={data.showDate}
        tables={tables}
        csvHref={(t) => q(`/admin/reports/${t}.csv`)}
        periodHref={(d) => withTheater(`/admin/reports?days=${d}&date=${data.showDate}`, id)}
      />,
    );
  });

  app.get('/admin/reports/:file{[a-z-]+\\.csv}', async (c) => {
    const { scope, tables, data } = await load(c);
    const id = c.req.param('file').replace(/\.csv$/, '');
    const table = tables.find((t) => t.id === id);
    if (!table) throw new AppError('not_found', 'There is no such report.');
    return csvResponse(c, `${scope.theater.id}-${id}-${data.period.from}-${data.period.to}.csv`, toCsv(table));
  });

  return app;
}
