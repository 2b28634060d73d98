import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { retryTransactionConflicts } from './transaction-conflicts.js';
import { metrics } from '../ops/metrics.js';

export interface Db {
  doc: DynamoDBDocumentClient;
  client: DynamoDBClient;
  table: string;
}

export interface DbOptions {
  endpoint?: string;
  region: string;
  tableName: string;
  /** Benchmarks on a shared, overloaded box only: a longer per-call timeout than STORE_RETRY's. */
  requestTimeoutMs?: number;
}

/**
 * How the SDK treats a failing call. Standard mode retries throttling, 5xx and network errors
 * with exponential backoff and full jitter (base 100 ms; 500 ms after throttling) and a retry
 * quota that stops retry storms when the store is down. Three attempts and short timeouts keep a
 * request that cannot succeed from holding a customer for long: DynamoDB answers in
 * milliseconds, so a call still open after 3 s is lost, and the page answers 503 instead.
 * (Adaptive mode would also slow every call of this process after a throttle; one hot show
 * must not slow the rest of the site, so standard it is.)
 */
export const STORE_RETRY = { retryMode: 'standard', maxAttempts: 3, connectionTimeoutMs: 1000, requestTimeoutMs: 3000 } as const;

/** One DynamoDB client per process; every repository takes the `Db` it is given. */
export function createDb(opts: DbOptions): Db {
  const client = new DynamoDBClient({
    region: opts.region,
    ...(opts.endpoint
      ? { endpoint: opts.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    retryMode: STORE_RETRY.retryMode,
    maxAttempts: STORE_RETRY.maxAttempts,
    // Without throwOnRequestTimeout the SDK only warns when requestTimeout passes and keeps waiting.
    requestHandler: { requestTimeout: opts.requestTimeoutMs ?? STORE_RETRY.requestTimeoutMs, connectionTimeout: STORE_RETRY.connectionTimeoutMs, throwOnRequestTimeout: true },
  });
  retryTransactionConflicts(client);
  client.middlewareStack.add(
    (next) => async (args) => {
      const out = await next(args);
      const attempts = (out.output as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1;
      if (attempts > 1) metrics.storeRetries.inc({}, attempts - 1);
      return out;
    },
    { step: 'initialize', name: 'countStoreRetries' },
  );
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { doc, client, table: opts.tableName };
}

export function isConditionFailure(err: unknown): boolean {
  return (err as { name?: string })?.name === 'ConditionalCheckFailedException';
}

export function isTransactionCancelled(err: unknown): err is Error & {
  CancellationReasons?: { Code?: string; Item?: Record<string, unknown> }[];
} {
  return (err as { name?: string })?.name === 'TransactionCanceledException';
}

/** Epoch seconds for the `ttl` attribute, which DynamoDB's TTL reads. */
export function ttlFrom(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
