import type { Theater } from '../../server/domain/catalog.js';
import { AppError } from '../../server/domain/errors.js';
import { may, theatersFor, type Action } from '../../server/domain/permissions.js';
import type { RoleGrant } from '../../server/domain/user.js';
import { getTheaters } from '../../server/store/catalog-admin.js';
import type { Db } from '../../server/store/db.js';

export interface TheaterScope {
  /** The theater the page is about. */
  theater: Theater;
  /** Every theater this person works at (the panel's theater picker). */
  theaters: Theater[];
}

/**
 * Which theater a panel page shows: the one asked for, if `action` is allowed there (403
 * otherwise), or the first where it is allowed.
 */
export async function theaterScope(db: Db, roles: RoleGrant[], action: Action, requested?: string): Promise<TheaterScope> {
  if (requested && !may(roles, action, requested)) throw new AppError('forbidden', 'You do not have access to that theater for this.');
  const theaters = await getTheaters(db, theatersFor(roles, 'theater.view'));
  const allowed = new Set(theatersFor(roles, action));
  const theater = requested ? theaters.find((t) => t.id === requested) : theaters.find((t) => allowed.has(t.id));
  if (!theater) {
    if (requested) throw new AppError('not_found', 'There is no theater with that id.');
    throw new AppError('forbidden', 'None of your theaters allows this.');
  }
  return { theater, theaters };
}
