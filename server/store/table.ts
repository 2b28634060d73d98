import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './db.js';

/**
 * The single table: `pk`/`sk`, one overloaded GSI (`gsi1pk`/`gsi1sk`) and TTL on `ttl`.
 * Production creates it from the infra template; local mode and tests create it here.
 */
export async function ensureTable(db: Db): Promise<'created' | 'existing'> {
  try {
    await db.client.send(new DescribeTableCommand({ TableName: db.table }));
    return 'existing';
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException)) throw err;
  }
  try {
    await db.client.send(
      new CreateTableCommand({
        TableName: db.table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
          { AttributeName: 'gsi1pk', AttributeType: 'S' },
          { AttributeName: 'gsi1sk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'gsi1',
            KeySchema: [
              { AttributeName: 'gsi1pk', KeyType: 'HASH' },
              { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
  } catch (err) {
    if (!(err instanceof ResourceInUseException)) throw err;
  }
  await waitUntilTableExists({ client: db.client, maxWaitTime: 60 }, { TableName: db.table });
  await db.client.send(
    new UpdateTimeToLiveCommand({
      TableName: db.table,
      TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
    }),
  );
  return 'created';
}

/**
 * Cheap reachability check for the probes: one eventually consistent GetItem of a key that never
 * exists (0.5 read units), never DescribeTable, whose control-plane quota load-balancer checks
 * from many servers would eat. Fails within 1.5 s instead of waiting out the SDK's retries.
 */
export async function pingTable(db: Db): Promise<void> {
  await db.doc.send(new GetCommand({ TableName: db.table, Key: { pk: 'HEALTH#ping', sk: 'HEALTH' } }), { abortSignal: AbortSignal.timeout(1500) });
}
