import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RoleGrant } from '../domain/user.js';

/**
 * Who works at a theater: `STAFFOF#<theater>` / `USER#<id>`, one item per theater a user has any
 * role at, written in the same transaction as the roles. Kiosks cache their theater's staff from
 * it for offline sign-in. It may name too many people (a stale item after a role is removed),
 * never too few; readers check each user's current roles.
 */
type TransactItems = NonNullable<TransactWriteCommandInput['TransactItems']>;

export const staffOfPk = (theaterId: string) => `STAFFOF#${theaterId}`;
const memberKey = (theaterId: string, userId: string) => ({ pk: staffOfPk(theaterId), sk: `USER#${userId}` });

export const theatersOf = (roles: RoleGrant[]) => [...new Set(roles.flatMap((g) => g.theaterIds))];

/** The index items for a user's roles (to add to the transaction that writes them). */
export function staffIndexPuts(table: string, userId: string, roles: RoleGrant[]): TransactItems {
  return theatersOf(roles).map((theaterId) => ({
    Put: { TableName: table, Item: { ...memberKey(theaterId, userId), type: 'staffOf', userId, theaterId } },
  }));
}

/** Removes the index items of theaters a user no longer has a role at. */
export function staffIndexDeletes(table: string, userId: string, before: RoleGrant[], after: RoleGrant[]): TransactItems {
  const keep = new Set(theatersOf(after));
  return theatersOf(before)
    .filter((t) => !keep.has(t))
    .map((theaterId) => ({ Delete: { TableName: table, Key: memberKey(theaterId, userId) } }));
}
