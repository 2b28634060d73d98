import { createHash } from 'node:crypto';
import {
  BatchGetCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { generateIdFromEntropySize, type Adapter, type DatabaseSession, type DatabaseUser } from 'lucia';
import { ttlFrom, type Db } from './db.js';
import { getUserById, userFromItem, type UserRecord } from './users.js';

/** Only the SHA-256 of a session token is ever stored: a leaked table opens no session. */
export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

const USER_ID = /^[0-9a-z-]{1,64}$/;

/** A new session token: `<user id>.<200 random bits>`; only its SHA-256 is stored. */
export function newSessionToken(userId: string): string {
  return `${userId}.${generateIdFromEntropySize(25)}`;
}

function tokenUserId(token: string): string | null {
  const dot = token.indexOf('.');
  if (dot <= 0) return null;
  const id = token.slice(0, dot);
  return USER_ID.test(id) ? id : null;
}

/** Kept with each session so the account page can list where its owner is signed in. */
export interface SessionMeta {
  createdAt?: string;
  userAgent?: string;
}

const sessionKey = (sessionId: string) => ({ pk: `SESSION#${hashSessionId(sessionId)}`, sk: 'SESSION' });

/** Lucia v3 adapter over the single DynamoDB table. */
export class DynamoSessionAdapter implements Adapter {
  constructor(private readonly db: Db) {}

  async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const [item, found] = await this.readSessionAndUser(sessionId);
    if (!item) return [null, null];
    const claimed = tokenUserId(sessionId);
    if (claimed !== null && item.userId !== claimed) return [null, null];
    const session: DatabaseSession = {
      id: sessionId,
      userId: item.userId as string,
      expiresAt: new Date(item.expiresAt as string),
      attributes: {},
    };
    const user = found ?? (await getUserById(this.db, session.userId));
    if (!user || user.id !== session.userId) return [null, null];
    const { id, passwordHash: _omit, ...attributes } = user;
    return [session, { id, attributes }];
  }

  /**
   * Tokens made by `newSessionToken` start with the user id, so the session and its user are
   * read in one BatchGetItem instead of two reads one after the other.
   */
  private async readSessionAndUser(sessionId: string): Promise<[Record<string, unknown> | undefined, UserRecord | null]> {
    const userId = tokenUserId(sessionId);
    if (!userId) {
      const out = await this.db.doc.send(new GetCommand({ TableName: this.db.table, Key: sessionKey(sessionId), ConsistentRead: true }));
      return [out.Item, null];
    }
    const userKey = { pk: `USER#${userId}`, sk: 'PROFILE' };
    const out = await this.db.doc.send(
      new BatchGetCommand({ RequestItems: { [this.db.table]: { Keys: [sessionKey(sessionId), userKey], ConsistentRead: true } } }),
    );
    if (Object.keys(out.UnprocessedKeys ?? {}).length) {
      const again = await this.db.doc.send(new GetCommand({ TableName: this.db.table, Key: sessionKey(sessionId), ConsistentRead: true }));
      return [again.Item, null];
    }
    const items = out.Responses?.[this.db.table] ?? [];
    const session = items.find((i) => i.sk === 'SESSION');
    const user = items.find((i) => i.sk === 'PROFILE');
    return [session, user ? userFromItem(user) : null];
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
      attributes: { createdAt: i.createdAt as string | undefined, userAgent: i.userAgent as string | undefined },
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
          createdAt: session.attributes.createdAt,
          userAgent: session.attributes.userAgent,
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
