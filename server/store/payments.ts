import { GetCommand, paginateQuery, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, type Db } from './db.js';

/**
 * The built-in test gateway's ledger, kept in the table so every server process (and every
 * test) sees the same money: `PAYMENT#<authorizationId>`.
 */
export interface PaymentRecord {
  authorizationId: string;
  idempotencyKey: string;
  reference: string;
  method: string;
  amountMinor: number;
  capturedMinor: number;
  refundedMinor: number;
  status: 'authorized' | 'captured' | 'voided' | 'refunded' | 'partially_refunded';
  createdAt: string;
}

const key = (id: string) => ({ pk: `PAYMENT#${id}`, sk: 'PAYMENT' });

/**
 * Records an authorization once per idempotency key (the caller derives the authorization id
 * from the key, so one conditional Put decides); returns the existing one on a retry.
 */
export async function recordAuthorization(db: Db, rec: PaymentRecord): Promise<PaymentRecord> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...key(rec.authorizationId), type: 'payment', gsi1pk: 'PAYMENTS', gsi1sk: `${rec.createdAt}#${rec.authorizationId}`, ...rec },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
    return rec;
  } catch (err) {
    if (!isConditionFailure(err)) throw err;
  }
  const existing = await getPayment(db, rec.authorizationId);
  if (!existing) throw new Error(`payment ${rec.authorizationId} vanished`);
  return existing;
}

/** Captures the whole authorized amount in one conditional write; false if it was not authorized. */
export async function captureAuthorized(db: Db, id: string): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: key(id),
        UpdateExpression: 'SET #status = :captured, capturedMinor = amountMinor',
        ConditionExpression: '#status = :authorized',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':captured': 'captured', ':authorized': 'authorized' },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

export async function getPayment(db: Db, id: string): Promise<PaymentRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: key(id), ConsistentRead: true }));
  return (out.Item as PaymentRecord | undefined) ?? null;
}

export async function updatePayment(
  db: Db,
  id: string,
  set: Partial<Pick<PaymentRecord, 'status' | 'capturedMinor' | 'refundedMinor'>>,
  expectStatus: PaymentRecord['status'][],
): Promise<boolean> {
  const names: Record<string, string> = { '#status': 'status' };
  const values: Record<string, unknown> = {};
  const parts: string[] = [];
  for (const [k, v] of Object.entries(set)) {
    names[`#${k}`] = k;
    values[`:${k}`] = v;
    parts.push(`#${k} = :${k}`);
  }
  expectStatus.forEach((s, i) => (values[`:e${i}`] = s));
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: key(id),
        UpdateExpression: `SET ${parts.join(', ')}`,
        ConditionExpression: `#status IN (${expectStatus.map((_, i) => `:e${i}`).join(', ')})`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

/** Every payment of the test gateway (tests and benchmarks check money against seats). */
export async function listPayments(db: Db): Promise<PaymentRecord[]> {
  const items: PaymentRecord[] = [];
  const pages = paginateQuery({ client: db.doc }, { TableName: db.table, IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :p', ExpressionAttributeValues: { ':p': 'PAYMENTS' } });
  for await (const out of pages) items.push(...((out.Items ?? []) as PaymentRecord[]));
  return items;
}
