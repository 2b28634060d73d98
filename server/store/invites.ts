import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { StaffRole } from '../domain/user.js';
import { ttlFrom, type Db } from './db.js';

/**
 * Staff invitations, in their theater's partition (`INVITES#<theaterId>`, sk `INVITE#<id>`) so
 * a theater's pending invitations are one Query. Only a hash of the link's secret is kept.
 */
export interface InviteRecord {
  id: string;
  theaterId: string;
  email: string;
  role: StaffRole;
  secretHash: string;
  invitedBy: { id: string; email: string; name: string };
  createdAt: string;
  expiresAt: string;
  status: 'pending' | 'accepted';
  acceptedBy?: string;
  acceptedAt?: string;
}

const key = (theaterId: string, id: string) => ({ pk: `INVITES#${theaterId}`, sk: `INVITE#${id}` });

export function invitePut(table: string, r: InviteRecord) {
  const expires = new Date(r.expiresAt);
  return {
    Put: {
      TableName: table,
      Item: { ...key(r.theaterId, r.id), type: 'invite', ...r, ttl: ttlFrom(new Date(expires.getTime() + 30 * 86_400_000)) },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

function strip(item: Record<string, unknown>): InviteRecord {
  const { pk: _p, sk: _s, type: _t, ttl: _ttl, ...rest } = item;
  return rest as unknown as InviteRecord;
}

export async function getInvite(db: Db, theaterId: string, id: string): Promise<InviteRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: key(theaterId, id), ConsistentRead: true }));
  return out.Item ? strip(out.Item) : null;
}

export async function listInvites(db: Db, theaterId: string): Promise<InviteRecord[]> {
  const out = await db.doc.send(new QueryCommand({ TableName: db.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': `INVITES#${theaterId}` }, Limit: 200 }));
  return (out.Items ?? []).map(strip);
}

/** The Update that uses an invitation once, before it expires (to join the transaction that creates the account). */
export function acceptInviteUpdate(table: string, r: InviteRecord, userId: string, now: Date) {
  return {
    Update: {
      TableName: table,
      Key: key(r.theaterId, r.id),
      UpdateExpression: 'SET #s = :accepted, acceptedBy = :u, acceptedAt = :now',
      ConditionExpression: '#s = :pending AND expiresAt > :now',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':accepted': 'accepted', ':pending': 'pending', ':u': userId, ':now': now.toISOString() },
    },
  };
}
