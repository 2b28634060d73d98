import { verifyAgainstDummy, verifyPassword } from '../../server/auth/password.js';
import { AppError } from '../../server/domain/errors.js';
import { staffByEmail } from '../db/cache-read.js';
import type { KioskDb } from '../db/open-db.js';
import type { KioskStaff } from './kiosk-session.js';

const WINDOW_MS = 5 * 60_000;
const MAX_FAILURES = 5;
const failures = new Map<string, { count: number; since: number }>();

/**
 * Signs staff in against the argon2id hashes cached at the last sync, so it works with the link
 * down. Unknown emails cost the same work as wrong passwords; 5 failures for an email within 5
 * minutes lock it for the rest of the window.
 */
export async function staffLogin(db: KioskDb, email: string, password: string, now: Date): Promise<KioskStaff> {
  const key = email.trim().toLowerCase();
  const f = failures.get(key);
  if (f && now.getTime() - f.since < WINDOW_MS && f.count >= MAX_FAILURES) throw new AppError('rate_limited');
  const staff = staffByEmail(db, key);
  const ok = staff ? await verifyPassword(staff.passwordHash, password) : await verifyAgainstDummy(password);
  if (!ok || !staff) {
    const fresh = !f || now.getTime() - f.since >= WINDOW_MS;
    failures.set(key, { count: fresh ? 1 : f.count + 1, since: fresh ? now.getTime() : f.since });
    if (failures.size > 10_000) failures.clear();
    throw new AppError('invalid_credentials', 'That email and password do not match anyone who works at this theater.');
  }
  failures.delete(key);
  return { id: staff.id, email: staff.email, name: staff.name, roles: staff.roles };
}
