import type { MiddlewareHandler } from 'hono';
import { AppError } from '../domain/errors.js';

const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;

/**
 * Reads a form or multipart body once, up front (the body limit has passed it already): a
 * malformed one — a broken multipart boundary, say — is a 400 here instead of a TypeError
 * deep in whichever middleware or route reads the form first. Later reads use the parsed copy.
 */
export function formBodyCheck(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && FORM.test(c.req.header('content-type') ?? '')) {
      try {
        await c.req.formData();
      } catch {
        throw new AppError('invalid_request', 'The form could not be read. Reload the page and try again.');
      }
    }
    await next();
  };
}
