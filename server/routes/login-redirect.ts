import type { Context } from 'hono';

/** To the login page, coming back to `next` (a same-site path) afterwards. */
export function loginRedirect(c: Context, next: string): Response {
  // Slashes stay readable (`/login?next=/bookings`); everything else is encoded.
  return c.redirect(`/login?next=${encodeURIComponent(next).replaceAll('%2F', '/')}`, 303);
}
