import { createHash, randomBytes } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import type { RoleGrant } from '../../server/domain/user.js';
import { staffById } from '../db/cache-read.js';
import type { KioskDb } from '../db/open-db.js';
import { sessions } from '../db/schema.js';

export const SESSION_COOKIE = 'mmk_staff';
/** A counter shift: a session lasts 12 hours from sign-in. */
const SESSION_MS = 12 * 3_600_000;

export interface KioskStaff {
  id: string;
  email: string;
  name: string;
  roles: RoleGrant[];
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session for someone signed in here; only the token's hash is kept. */
export function createSession(db: KioskDb, staffId: string, now: Date): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_MS);
  db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run();
  db.insert(sessions).values({ id: hashToken(token), staffId, expiresAt: expiresAt.toISOString() }).run();
  return { token, expiresAt };
}

/**
 * The person a session token belongs to, while it lasts and while they still work here: someone
 * removed from the theater's staff at the last sync is signed out.
 */
export function sessionStaff(db: KioskDb, token: string | undefined, now: Date): KioskStaff | null {
  if (!token || token.length > 100) return null;
  const row = db.select().from(sessions).where(eq(sessions.id, hashToken(token))).get();
  if (!row || row.expiresAt < now.toISOString()) return null;
  const s = staffById(db, row.staffId);
  return s ? { id: s.id, email: s.email, name: s.name, roles: s.roles } : null;
}

export function deleteSession(db: KioskDb, token: string | undefined): void {
  if (token) db.delete(sessions).where(eq(sessions.id, hashToken(token))).run();
}
