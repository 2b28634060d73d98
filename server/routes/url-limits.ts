import type { MiddlewareHandler } from 'hono';
import { AppError } from '../domain/errors.js';

/** No id in this system is longer than this; DynamoDB refuses keys over 2,048 bytes. */
const MAX_SEGMENT = 256;
const MAX_QUERY_VALUE = 1024;

/**
 * Refuses absurd URLs before any route turns a path segment or a query value into a store key:
 * a 3,000-character "id" is `404 not_found` (no such thing exists), a 2,000-character filter
 * `400 invalid_request`, instead of the store's ValidationException surfacing as a 500.
 */
export function urlLimits(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (url.pathname.split('/').some((s) => s.length > MAX_SEGMENT)) throw new AppError('not_found');
    for (const [, v] of url.searchParams) {
      if (v.length > MAX_QUERY_VALUE) throw new AppError('invalid_request', 'A search value is too long.');
    }
    await next();
  };
}
