import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface Db {
  doc: DynamoDBDocumentClient;
  client: DynamoDBClient;
  table: string;
}

export interface DbOptions {
  endpoint?: string;
  region: string;
  tableName: string;
}

/** One DynamoDB client per process; every repository takes the `Db` it is given. */
export function createDb(opts: DbOptions): Db {
  const client = new DynamoDBClient({
    region: opts.region,
    ...(opts.endpoint
      ? { endpoint: opts.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
    maxAttempts: 4,
    requestHandler: { requestTimeout: 5000, connectionTimeout: 2000 },
  });
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
