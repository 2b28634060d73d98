import { Hono } from 'hono';
import { publicJwks } from '../tickets/keys.js';
import { ticketPdfForCustomer, type TicketDeps } from '../tickets/booking-tickets.js';
import type { AppEnv } from './env.js';
import { requireUser } from './require-user.js';

export function pdfResponse(pdf: Buffer, filename: string, disposition: 'inline' | 'attachment'): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `${disposition}; filename="${filename}"`,
      'content-length': String(pdf.length),
      'cache-control': 'private, no-store',
    },
  });
}

/** `/api/v1`: an order's ticket PDF, and the public keys door scanners verify QR codes with. */
export function apiTicketRoutes(deps: TicketDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/bookings/:id/ticket.pdf', async (c) => {
    const customer = requireUser(c);
    const { pdf, filename } = await ticketPdfForCustomer(deps, customer.id, c.req.param('id'));
    return pdfResponse(pdf, filename, 'inline');
  });

  app.get('/tickets/keys', (c) => {
    c.header('cache-control', 'public, max-age=300');
    return c.json(publicJwks(deps.keys));
  });

  return app;
}
