import { Hono } from 'hono';
import type { AppEnv } from '../../server/routes/env.js';
import { tr } from '../../server/routes/render.js';
import { AuditPage } from '../../views/admin/audit-page.js';
import type { AdminDeps } from '../deps.js';
import { auditTrail } from '../services/audit-log.js';
import { adminPage, scopeFor, withTheater } from './admin-page.js';

export function auditRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/admin/audit', async (c) => {
    const scope = await scopeFor(c, deps, 'audit.view');
    const before = c.req.query('before');
    const { entries, next } = await auditTrail(deps.db, scope.theater.id, before && before.length < 200 ? before : undefined);
    return adminPage(
      c,
      { title: tr(c).t.admin.audit.title, section: 'audit', scope },
      <AuditPage
        theaterName={scope.theater.name}
        timezone={scope.theater.timezone}
        entries={entries}
        olderHref={next ? withTheater(`/admin/audit?before=${encodeURIComponent(next)}`, scope.theater.id) : undefined}
      />,
    );
  });
  return app;
}
