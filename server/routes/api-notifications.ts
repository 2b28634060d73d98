import { Hono } from 'hono';
import { resendForCustomer, type NotifyDeps } from '../notify/booking-notifications.js';
import { contactPrefsInput, updateContactPreferences } from '../notify/contact-preferences.js';
import type { AppEnv } from './env.js';
import { readJson, validate } from './read-input.js';
import { requireUser } from './require-user.js';

/** `/api/v1`: the customer's SMS choice and "send my confirmation again". */
export function apiNotificationRoutes(deps: NotifyDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.patch('/me', async (c) => {
    const customer = requireUser(c);
    const input = validate(contactPrefsInput, await readJson(c));
    const u = await updateContactPreferences(deps.db, customer.id, input);
    return c.json({ user: { id: u.id, email: u.email, name: u.name, phone: u.phone, smsOptIn: u.smsOptIn === true, emailVerified: u.emailVerified, roles: u.roles } });
  });

  app.post('/bookings/:id/resend', async (c) => {
    const customer = requireUser(c);
    return c.json({ notifications: await resendForCustomer(deps, customer.id, c.req.param('id')) }, 202);
  });

  return app;
}
