import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startDynamoDbLocal, type DynamoDbLocal } from './dynamodb-local.js';
import { freePort } from './free-port.js';
import { startSinkProcess, type SinkProcess } from './sns-sink-process.js';

export interface Embedded {
  dynamodbEndpoint: string;
  snsEndpoint: string;
  stop(): Promise<void>;
}

/**
 * Local mode's child processes: DynamoDB Local (data under DATA_DIR/dynamodb) and the SNS sink
 * (mailbox in DATA_DIR/mailbox.jsonl). Either is skipped when its endpoint is already given.
 */
export async function startEmbedded(opts: { dataDir: string; dynamodbEndpoint?: string; snsEndpoint?: string }): Promise<Embedded> {
  const dataDir = resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  let dynamo: DynamoDbLocal | null = null;
  let sink: SinkProcess | null = null;
  const stop = async () => {
    await Promise.all([dynamo?.stop(), sink?.stop()]);
  };
  const [d, s] = await Promise.allSettled([
    opts.dynamodbEndpoint
      ? Promise.resolve(null)
      : freePort().then((port) =>
          startDynamoDbLocal({ port, dbPath: join(dataDir, 'dynamodb'), pidFile: join(dataDir, 'dynamodb.pid') }),
        ),
    opts.snsEndpoint
      ? Promise.resolve(null)
      : freePort().then((port) => startSinkProcess({ port, mailboxFile: join(dataDir, 'mailbox.jsonl') })),
  ]);
  if (d.status === 'fulfilled') dynamo = d.value;
  if (s.status === 'fulfilled') sink = s.value;
  if (d.status === 'rejected' || s.status === 'rejected') {
    await stop();
    throw d.status === 'rejected' ? d.reason : (s as PromiseRejectedResult).reason;
  }
  return {
    dynamodbEndpoint: opts.dynamodbEndpoint ?? dynamo!.endpoint,
    snsEndpoint: opts.snsEndpoint ?? sink!.url,
    stop,
  };
}
