import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { AppError } from '../domain/errors.js';
import { requestContext } from '../log.js';
import { metrics } from '../ops/metrics.js';

type LogFn = (level: 'info' | 'warn' | 'error', msg: string, extra?: Record<string, unknown>) => void;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
/** Probes and scrapes arrive every few seconds from machines; they are counted, not logged. */
const QUIET = new Set(['/healthz', '/readyz', '/livez', '/metrics']);

/** The route pattern that answered (`/api/v1/bookings/:id`), so labels stay few whatever the ids. */
export function routeLabel(c: Context): string {
  const routes = matchedRoutes(c).filter((r) => r.method !== 'ALL');
  return routes.at(-1)?.path ?? 'unmatched';
}

function refusalCode(c: Context): string | null {
  if (c.error instanceof AppError) return c.error.code;
  if (c.res.status === 503) return 'store_unavailable';
  if (c.res.status >= 500) return 'internal_error';
  if (c.res.status === 413) return 'payload_too_large';
  return null;
}

/**
 * Every request gets an id (the caller's `x-request-id` if it sent a sane one, else a new UUID),
 * answered in `x-request-id` and written on every log line made while handling it; then one
 * JSON line: method, path, route, status, ms. Counts requests and latency per route for /metrics.
 */
export function requestLog(log: LogFn): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const offered = c.req.header('x-request-id');
    const requestId = offered && REQUEST_ID.test(offered) ? offered : randomUUID();
    await requestContext.run({ requestId }, () => next());
    const ms = performance.now() - started;
    const route = routeLabel(c);
    const status = c.res.status;
    try {
      c.res.headers.set('x-request-id', requestId);
    } catch {
      c.res = new Response(c.res.body, c.res);
      c.res.headers.set('x-request-id', requestId);
    }
    metrics.requests.inc({ method: c.req.method, route, status: String(status) });
    metrics.latency.observe({ method: c.req.method, route }, ms / 1000);
    const refused = refusalCode(c);
    if (refused) metrics.refusals.inc({ code: refused });
    if (QUIET.has(c.req.path) && status < 500) return;
    log(status >= 500 ? 'warn' : 'info', 'request', {
      requestId,
      method: c.req.method,
      path: c.req.path,
      route,
      status,
      ms: Math.round(ms * 10) / 10,
      ...(refused ? { code: refused } : {}),
    });
  };
}
