import type { MiddlewareHandler } from 'hono';

/**
 * The policy every page runs under: scripts, styles and requests only from this site, no inline
 * script or style, no framing, no plugins. Pages keep their JS in views/static and htmx is told
 * (layout's htmx-config meta) not to inject styles or evaluate strings, so nothing needs relaxing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** Two years, as browsers' preload lists ask; only sent over HTTPS deployments (production mode). */
const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Security headers on every answer, errors and static files included. HSTS only outside local
 * mode: on http://localhost it would pin the developer's browser to HTTPS for that host.
 */
export function securityHeaders(opts: { hsts: boolean }): MiddlewareHandler {
  const fixed: [string, string][] = [
    ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
    ['X-Frame-Options', 'DENY'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    ['Permissions-Policy', 'geolocation=(), microphone=(), payment=(), usb=()'],
  ];
  if (opts.hsts) fixed.push(['Strict-Transport-Security', HSTS]);
  return async (c, next) => {
    await next();
    try {
      for (const [name, value] of fixed) c.res.headers.set(name, value);
    } catch {
      // A Response with immutable headers (one passed through from fetch): copy it first.
      c.res = new Response(c.res.body, c.res);
      for (const [name, value] of fixed) c.res.headers.set(name, value);
    }
  };
}
