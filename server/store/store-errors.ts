import { isPureConflict } from './transaction-conflicts.js';

/**
 * The store itself failed (down, unreachable, throttled past the SDK's retries, timed out), as
 * opposed to refusing this request: the answer is 503 `store_unavailable`, never a 500.
 */
const STORE_ERROR_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'ResourceNotFoundException',
  'InternalServerError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TransactionInProgressException',
  'AbortError',
]);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET']);

export function isStoreFailure(err: unknown): boolean {
  const e = err as { name?: string; code?: string; message?: string; $metadata?: { httpStatusCode?: number }; cause?: unknown } | null;
  if (!e) return false;
  if (e.name && STORE_ERROR_NAMES.has(e.name)) return true;
  if (e.code && NETWORK_CODES.has(e.code)) return true;
  if (e.$metadata && (e.$metadata.httpStatusCode ?? 0) >= 500) return true;
  // A transaction still losing TransactionConflicts after every retry: busy, not wrong.
  if (isPureConflict(err)) return true;
  if (/socket hang up|ECONNREFUSED|ECONNRESET|connect ETIMEDOUT/.test(e.message ?? '')) return true;
  return e.cause !== undefined && e.cause !== err ? isStoreFailure(e.cause) : false;
}
