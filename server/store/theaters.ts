import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Theater } from '../domain/catalog.js';
import type { Db } from './db.js';

export async function getTheater(db: Db, id: string): Promise<Theater | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: { pk: 'CATALOG', sk: `THEATER#${id}` } }));
  if (!out.Item) return null;
  const { pk: _pk, sk: _sk, type: _t, ...theater } = out.Item;
  return theater as Theater;
}
