import type { Context, ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, errorBody } from '../domain/errors.js';
import { isStoreFailure } from '../store/store-errors.js';
import { negotiateLang } from '../domain/i18n/lang.js';
import { errorText } from '../../views/i18n/error-text.js';
import { i18nFor } from '../../views/i18n/i18n.js';
import { ErrorPage } from '../../views/pages/error-page.js';
import { renderPage, requestLang } from '../../views/render.js';
import type { AppEnv } from './env.js';

export type Logger = (level: 'info' | 'warn' | 'error', msg: string, extra?: Record<string, unknown>) => void;

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
    if (wantsJson(c)) {
      // The API speaks English unless the client's Accept-Language asks for Hindi or Telugu.
      const lang = negotiateLang(c.req.header('accept-language'));
      const body = errorBody(appErr);
      if (lang && lang !== 'en') body.error.message = errorText(i18nFor(lang), appErr);
      return c.json(body, status);
    }
    const i18n = i18nFor(requestLang(c));
    return renderPage(
      c,
      { title: i18n.t.errorPage.title, user: c.get('user') ?? null, csrfToken: c.get('csrfToken') ?? '', status },
      <ErrorPage status={appErr.status} code={appErr.code} message={errorText(i18n, appErr)} />,
    );
  };
}
