import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, errorBody } from '../domain/errors.js';
import { ErrorPage } from '../../views/pages/error-page.js';
import { renderPage } from '../../views/render.js';
import type { AppEnv } from './env.js';

export type Logger = (level: 'info' | 'warn' | 'error', msg: string, extra?: Record<string, unknown>) => void;

function isStoreFailure(err: unknown): boolean {
  const e = err as { name?: string; code?: string; $metadata?: unknown };
  return (
    e?.code === 'ECONNREFUSED' ||
    e?.name === 'TimeoutError' ||
    e?.name === 'RequestTimeout' ||
    e?.name === 'ProvisionedThroughputExceededException' ||
    e?.name === 'ThrottlingException' ||
    e?.name === 'ResourceNotFoundException' ||
    e?.name === 'InternalServerError'
  );
}

export function toAppError(err: unknown, log: Logger, c: Context): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    if (err.status === 413) return new AppError('payload_too_large');
    if (err.status === 400) return new AppError('invalid_request', err.message || undefined);
  }
  const e = err as Error;
  log(isStoreFailure(err) ? 'warn' : 'error', 'request failed', {
    method: c.req.method,
    path: c.req.path,
    error: e?.name,
    message: e?.message,
    stack: e?.stack,
  });
  return new AppError(isStoreFailure(err) ? 'store_unavailable' : 'internal_error');
}

export function wantsJson(c: Context): boolean {
  return c.req.path.startsWith('/api/') || c.req.path.endsWith('.json') || (c.req.header('accept') ?? '').startsWith('application/json');
}

/** The one place where error codes become HTTP answers, as JSON for the API and a page for people. */
export function errorHandler(log: Logger): ErrorHandler<AppEnv> {
  return (err, c) => {
    const appErr = toAppError(err, log, c);
    const status = appErr.status as ContentfulStatusCode;
    if (appErr.code === 'rate_limited') c.header('Retry-After', '300');
    if (wantsJson(c)) return c.json(errorBody(appErr), status);
    return renderPage(
      c,
      { title: 'Sorry', user: c.get('user') ?? null, csrfToken: c.get('csrfToken') ?? '', status },
      <ErrorPage status={appErr.status} code={appErr.code} message={appErr.message} />,
    );
  };
}
