import {
  GetCommand,
  TransactWriteCommand,
  UpdateCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { AppError } from '../domain/errors.js';
import { normalizeEmail, type RoleGrant, type User } from '../domain/user.js';
import { isTransactionCancelled, type Db } from './db.js';
import { staffIndexDeletes, staffIndexPuts } from './staff-index.js';

export interface UserRecord extends User {
  passwordHash: string;
}

const userKey = (id: string) => ({ pk: `USER#${id}`, sk: 'PROFILE' });
const emailKey = (email: string) => ({ pk: `EMAIL#${normalizeEmail(email)}`, sk: 'EMAIL' });

export function userFromItem(item: Record<string, unknown>): UserRecord {
  return {
    id: item.id as string,
    email: item.email as string,
    name: item.name as string,
    phone: (item.phone as string | undefined) ?? null,
    smsOptIn: item.smsOptIn === true,
    emailVerified: Boolean(item.emailVerified),
    roles: (item.roles as RoleGrant[] | undefined) ?? [],
    ...(typeof item.language === 'string' ? { language: item.language } : {}),
    ...(typeof item.display === 'string' ? { display: item.display } : {}),
    createdAt: item.createdAt as string,
    passwordHash: item.passwordHash as string,
  };
}

/**
 * Writes the profile and the email-uniqueness item in one transaction, both guarded by
 * attribute_not_exists: of any number of racing sign-ups for one email, exactly one wins.
 */
export async function createUser(
  db: Db,
  user: UserRecord,
  /** More writes that must commit with the account (its verification code, its outbox message). */
  extraItems: NonNullable<TransactWriteCommandInput['TransactItems']> = [],
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: db.table,
                Item: { ...emailKey(user.email), type: 'email', userId: user.id },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: db.table,
                Item: { ...userKey(user.id), type: 'user', ...user, email: normalizeEmail(user.email) },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            ...staffIndexPuts(db.table, user.id, user.roles),
            ...extraItems,
          ],
        }),
      );
      return;
    } catch (err) {
      if (!isTransactionCancelled(err)) throw err;
      const reasons = err.CancellationReasons ?? [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') throw new AppError('email_taken');
      // Another sign-up for the same email was mid-transaction: try again, and the
      // condition (not a guess) decides who has the email.
      if (attempt >= 8 || !reasons.some((r) => r.Code === 'TransactionConflict')) throw err;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}

export async function getUserById(db: Db, id: string): Promise<UserRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: userKey(id) }));
  return out.Item ? userFromItem(out.Item) : null;
}

export async function getUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
  const out = await db.doc.send(new GetCommand({ TableName: db.table, Key: emailKey(email) }));
  if (!out.Item) return null;
  return getUserById(db, out.Item.userId as string);
}

export async function markEmailVerified(db: Db, id: string): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: userKey(id),
      UpdateExpression: 'SET emailVerified = :t',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':t': true },
    }),
  );
}

/** Sets a user's roles and, in the same transaction, who-works-where (server/store/staff-index.ts). */
/** Sets the roles with their staff-index items; `alongside` joins the same transaction (all or nothing). */
export async function setUserRoles(db: Db, id: string, roles: RoleGrant[], alongside: NonNullable<TransactWriteCommandInput['TransactItems']> = []): Promise<void> {
  const before = (await getUserById(db, id))?.roles ?? [];
  await db.doc.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Update: {
            TableName: db.table,
            Key: userKey(id),
            UpdateExpression: 'SET #roles = :r',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#roles': 'roles' },
            ExpressionAttributeValues: { ':r': roles },
          },
        },
        ...staffIndexPuts(db.table, id, roles),
        ...staffIndexDeletes(db.table, id, before, roles),
        ...alongside,
      ],
    }),
  );
}

/** Phone number and SMS consent; a removed phone also ends the SMS consent. */
export async function updateContactPrefs(db: Db, id: string, prefs: { phone?: string | null; smsOptIn?: boolean }): Promise<UserRecord | null> {
  const sets: string[] = [];
  const removes: string[] = [];
  const values: Record<string, unknown> = {};
  if (prefs.phone === null) removes.push('phone');
  else if (prefs.phone !== undefined) {
    sets.push('phone = :phone');
    values[':phone'] = prefs.phone;
  }
  const optIn = prefs.phone === null ? false : prefs.smsOptIn;
  if (optIn !== undefined) {
    sets.push('smsOptIn = :sms');
    values[':sms'] = optIn;
  }
  if (sets.length || removes.length) {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: userKey(id),
        UpdateExpression: [sets.length ? `SET ${sets.join(', ')}` : '', removes.length ? `REMOVE ${removes.join(', ')}` : ''].join(' ').trim(),
        ConditionExpression: 'attribute_exists(pk)',
        ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
      }),
    );
  }
  return getUserById(db, id);
}

/** The person's language and display choices; each left as it is when not given. */
export async function updatePreferences(db: Db, id: string, prefs: { language?: string; display?: string }): Promise<void> {
  const sets = Object.entries(prefs).filter(([, v]) => v !== undefined);
  if (!sets.length) return;
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: userKey(id),
      UpdateExpression: `SET ${sets.map(([k]) => `#${k} = :${k}`).join(', ')}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: Object.fromEntries(sets.map(([k]) => [`#${k}`, k])),
      ExpressionAttributeValues: Object.fromEntries(sets.map(([k, v]) => [`:${k}`, v])),
    }),
  );
}
