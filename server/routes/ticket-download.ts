import { Hono } from 'hono';
import { ticketPdfForCustomer, type TicketDeps } from '../tickets/booking-tickets.js';
import { pdfResponse } from './api-tickets.js';
import type { AppEnv } from './env.js';

/** The download button's target on the booking pages: the same PDF, saved as a file. */
export function ticketDownloadRoutes(deps: TicketDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/bookings/:id/ticket.pdf', async (c) => {
    const user = c.get('user');
    if (!user) return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    const { pdf, filename } = await ticketPdfForCustomer(deps, user.id, c.req.param('id'));
    return pdfResponse(pdf, filename, 'attachment');
  });
  return app;
}
