import { createHash } from 'node:crypto';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Adapter, DatabaseSession, DatabaseUser } from 'lucia';
import { ttlFrom, type Db } from './db.js';
import { getUserById } from './users.js';

/** Only the SHA-256 of a session token is ever stored: a leaked table opens no session. */
export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

const sessionKey = (sessionId: string) => ({ pk: `SESSION#${hashSessionId(sessionId)}`, sk: 'SESSION' });

/** Lucia v3 adapter over the single DynamoDB table. */
export class DynamoSessionAdapter implements Adapter {
  constructor(private readonly db: Db) {}

  async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const out = await this.db.doc.send(
      new GetCommand({ TableName: this.db.table, Key: sessionKey(sessionId), ConsistentRead: true }),
    );
    if (!out.Item) return [null, null];
    const session: DatabaseSession = {
      id: sessionId,
      userId: out.Item.userId as string,
      expiresAt: new Date(out.Item.expiresAt as string),
      attributes: {},
    };
    const user = await getUserById(this.db, session.userId);
    if (!user) return [null, null];
    const { id, passwordHash: _omit, ...attributes } = user;
    return [session, { id, attributes }];
  }

  async getUserSessions(userId: string): Promise<DatabaseSession[]> {
    const out = await this.db.doc.send(
      new QueryCommand({
        TableName: this.db.table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :u AND begins_with(gsi1sk, :s)',
        ExpressionAttributeValues: { ':u': `USERSESSIONS#${userId}`, ':s': 'SESSION#' },
      }),
    );
    // The GSI holds only hashes, so these sessions can be listed and deleted but not resumed.
    return (out.Items ?? []).map((i) => ({
      id: i.sessionHash as string,
      userId,
      expiresAt: new Date(i.expiresAt as string),
      attributes: {},
    }));
  }

  async setSession(session: DatabaseSession): Promise<void> {
    const hash = hashSessionId(session.id);
    await this.db.doc.send(
      new PutCommand({
        TableName: this.db.table,
        Item: {
          pk: `SESSION#${hash}`,
          sk: 'SESSION',
          type: 'session',
          sessionHash: hash,
          userId: session.userId,
          expiresAt: session.expiresAt.toISOString(),
          ttl: ttlFrom(session.expiresAt),
          gsi1pk: `USERSESSIONS#${session.userId}`,
          gsi1sk: `SESSION#${hash}`,
        },
      }),
    );
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    await this.db.doc
      .send(
        new UpdateCommand({
          TableName: this.db.table,
          Key: sessionKey(sessionId),
          UpdateExpression: 'SET expiresAt = :e, #ttl = :t',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#ttl': 'ttl' },
          ExpressionAttributeValues: { ':e': expiresAt.toISOString(), ':t': ttlFrom(expiresAt) },
        }),
      )
      .catch((err: unknown) => {
        if ((err as { name?: string }).name !== 'ConditionalCheckFailedException') throw err;
      });
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.db.doc.send(new DeleteCommand({ TableName: this.db.table, Key: sessionKey(sessionId) }));
  }

  async deleteUserSessions(userId: string): Promise<void> {
    const sessions = await this.getUserSessions(userId);
    await Promise.all(
      sessions.map((s) =>
        this.db.doc.send(
          new DeleteCommand({ TableName: this.db.table, Key: { pk: `SESSION#${s.id}`, sk: 'SESSION' } }),
        ),
      ),
    );
  }

  async deleteExpiredSessions(): Promise<void> {
    // DynamoDB's TTL removes them; expiry is checked on every read, so nothing to do here.
  }
}
