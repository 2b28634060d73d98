import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../server/local/dynamodb-local.js';
import { freePort } from '../../server/local/free-port.js';

let dynamo: DynamoDbLocal | null = null;

/** One in-memory DynamoDB Local for the whole run; each test file makes its own table in it. */
export async function setup(project: TestProject): Promise<void> {
  dynamo = await startDynamoDbLocal({ port: await freePort() });
  project.provide('dynamoEndpoint', dynamo.endpoint);
}

export async function teardown(): Promise<void> {
  await dynamo?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
