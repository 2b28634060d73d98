import { Hono } from 'hono';
import type { AppEnv } from '../../server/routes/env.js';
import { tr } from '../../server/routes/render.js';
import { MessagesPage } from '../../views/admin/messages-page.js';
import { notifyDeps, type AdminDeps } from '../deps.js';
import { retryVisibleMessage, visibleFailedMessages } from '../services/failed-messages.js';
import { adminPage, doneFlash, scopeFor, staffOf } from './admin-page.js';

/** Failed outbox messages (issue 5): shown to staff of the bookings' theaters, with a retry. */
export function messageRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/admin/messages', async (c) => {
    const scope = await scopeFor(c, deps, 'booking.resend');
    const messages = await visibleFailedMessages(deps.db, scope.staff.roles);
    return adminPage(
      c,
      { title: tr(c).t.admin.messages.title, section: 'messages', scope, flash: doneFlash(c, { retried: tr(c).t.admin.messages.retried }) },
      <MessagesPage messages={messages} csrfToken={c.get('csrfToken')} theaterId={scope.theater.id} />,
    );
  });

  app.post('/admin/messages/:id/retry', async (c) => {
    await retryVisibleMessage(notifyDeps(deps), staffOf(c).roles, c.req.param('id'));
    const theater = c.req.query('theater');
    return c.redirect(`/admin/messages?done=retried${theater ? `&theater=${encodeURIComponent(theater)}` : ''}`, 303);
  });

  return app;
}
