import type { MiddlewareHandler } from 'hono';
import type { Lifecycle } from '../ops/lifecycle.js';

/**
 * Counts requests being handled, so graceful shutdown can wait for them. A streamed answer
 * (server-sent events) counts until its handler returns the stream, not for the stream's life:
 * streams are cut at shutdown and the browser reconnects to another server.
 */
export function trackInFlight(lifecycle: Lifecycle): MiddlewareHandler {
  return async (_c, next) => {
    lifecycle.requestStarted();
    try {
      await next();
    } finally {
      lifecycle.requestFinished();
    }
  };
}
