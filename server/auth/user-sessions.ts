import { deviceLabel } from '../domain/device-label.js';
import { DynamoSessionAdapter, hashSessionId } from '../store/sessions.js';
import type { AuthDeps } from './deps.js';

export interface SignedInSession {
  /** The stored hash: enough to tell sessions apart, useless to resume one. */
  id: string;
  device: string;
  createdAt: string | null;
  expiresAt: string;
  current: boolean;
}

/** Where the account is signed in, newest first, marking the session making this request. */
export async function listUserSessions(deps: AuthDeps, userId: string, currentSessionId: string | null): Promise<SignedInSession[]> {
  const now = deps.clock();
  const current = currentSessionId ? hashSessionId(currentSessionId) : null;
  const sessions = await new DynamoSessionAdapter(deps.db).getUserSessions(userId);
  return sessions
    .filter((s) => s.expiresAt > now)
    .map((s) => ({
      id: s.id,
      device: deviceLabel(s.attributes.userAgent),
      createdAt: s.attributes.createdAt ?? null,
      expiresAt: s.expiresAt.toISOString(),
      current: s.id === current,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
}

/** Signs the account out on every device, this one included (a lost phone, a shared computer). */
export async function signOutEverywhere(deps: AuthDeps, userId: string, currentSessionId: string | null): Promise<void> {
  await deps.lucia.invalidateUserSessions(userId);
  // The index behind the list is eventually consistent: the current session goes by its own key too.
  if (currentSessionId) await deps.lucia.invalidateSession(currentSessionId);
}
