import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Lang } from '../domain/i18n/lang.js';
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
  status: 'pending' | 'accepted' | 'withdrawn';
  acceptedBy?: string;
  acceptedAt?: string;
  /** The language of the email and of the link's page (older invitations: English). */
  lang?: Lang;
  /** When the email last went out (the first send, or the latest resend). */
  sentAt?: string;
  withdrawnBy?: string;
  withdrawnAt?: string;
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
      // The secret too: a link replaced by a resend a moment ago no longer accepts.
      ConditionExpression: '#s = :pending AND expiresAt > :now AND secretHash = :h',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':accepted': 'accepted', ':pending': 'pending', ':u': userId, ':now': now.toISOString(), ':h': r.secretHash },
    },
  };
}

/**
 * The Update that gives an open invitation a new secret and expiry, only when it is still open and
 * its email went out at or before `sentBefore` (one resend per invitation per few minutes).
 */
export function resendInviteUpdate(table: string, r: InviteRecord, secretHash: string, expiresAt: Date, now: Date, sentBefore: Date) {
  return {
    Update: {
      TableName: table,
      Key: key(r.theaterId, r.id),
      UpdateExpression: 'SET secretHash = :h, expiresAt = :e, sentAt = :now, #ttl = :ttl',
      ConditionExpression: '#s = :pending AND (sentAt <= :before OR (attribute_not_exists(sentAt) AND createdAt <= :before))',
      ExpressionAttributeNames: { '#s': 'status', '#ttl': 'ttl' },
      ExpressionAttributeValues: {
        ':h': secretHash,
        ':e': expiresAt.toISOString(),
        ':now': now.toISOString(),
        ':ttl': ttlFrom(new Date(expiresAt.getTime() + 30 * 86_400_000)),
        ':pending': 'pending',
        ':before': sentBefore.toISOString(),
      },
    },
  };
}

/** The Update that withdraws an open invitation; an accept racing it finds it no longer pending (and the other way round). */
export function withdrawInviteUpdate(table: string, r: InviteRecord, byUserId: string, now: Date) {
  return {
    Update: {
      TableName: table,
      Key: key(r.theaterId, r.id),
      UpdateExpression: 'SET #s = :withdrawn, withdrawnBy = :u, withdrawnAt = :now',
      ConditionExpression: '#s = :pending',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':withdrawn': 'withdrawn', ':pending': 'pending', ':u': byUserId, ':now': now.toISOString() },
    },
  };
}
