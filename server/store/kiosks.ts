import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, type Db } from './db.js';

/**
 * A kiosk registered at a theater (`KIOSK#<id>`). Only the SHA-256 of its token's secret is kept;
 * its Ed25519 public key (base64 SPKI DER) checks the sales and tickets it signs. A theater's
 * kiosks are listed through gsi1 (`THEATERKIOSKS#<theater>`).
 */
export interface KioskRecord {
  id: string;
  theaterId: string;
  name: string;
  tokenHash: string;
  publicKey?: string;
  createdAt: string;
  createdBy: string;
  revokedAt?: string;
  /** What the kiosk said at its last sync. */
  lastSyncAt?: string;
  pendingSales?: number;
  clockSkewMs?: number;
}

export const kioskKey = (id: string) => ({ pk: `KIOSK#${id}`, sk: 'KIOSK' });

function strip(item: Record<string, unknown>): KioskRecord {
  const { pk: _pk, sk: _sk, type: _t, gsi1pk: _g1, gsi1sk: _g2, ...rest } = item;
  return rest as unknown as KioskRecord;
}

export async function putKiosk(db: Db, k: KioskRecord): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...kioskKey(k.id), type: 'kiosk', ...k, gsi1pk: `THEATERKIOSKS#${k.theaterId}`, gsi1sk: `${k.createdAt}#${k.id}` },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getKiosk(db: Db, id: string): Promise<KioskRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: kioskKey(id) }));
  return out.Item ? strip(out.Item) : null;
}

export async function listKiosks(db: Db, theaterId: string): Promise<KioskRecord[]> {
  const out = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :p',
      ExpressionAttributeValues: { ':p': `THEATERKIOSKS#${theaterId}` },
    }),
  );
  return (out.Items ?? []).map(strip);
}

/** Revokes once; false when it was already revoked or does not exist. */
export async function revokeKiosk(db: Db, id: string, now: Date): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: kioskKey(id),
        UpdateExpression: 'SET revokedAt = :now',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
        ExpressionAttributeValues: { ':now': now.toISOString() },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

/** The kiosk's public key is set once (at registration or first sync); false when one is already set. */
export async function setKioskPublicKey(db: Db, id: string, publicKey: string): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: kioskKey(id),
        UpdateExpression: 'SET publicKey = :k',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(publicKey)',
        ExpressionAttributeValues: { ':k': publicKey },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
}

export async function recordKioskSync(db: Db, id: string, s: { at: Date; pendingSales: number; clockSkewMs: number }): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: kioskKey(id),
      UpdateExpression: 'SET lastSyncAt = :at, pendingSales = :p, clockSkewMs = :s',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':at': s.at.toISOString(), ':p': s.pendingSales, ':s': s.clockSkewMs },
    }),
  );
}
