import { randomBookingChars } from '../domain/booking-id.js';
import { AppError } from '../domain/errors.js';
import { parseKioskPublicKey } from '../domain/kiosk-sale.js';
import { listActiveLeases } from '../store/leases.js';
import { getKiosk, putKiosk, revokeKiosk as revokeKioskItem, type KioskRecord } from '../store/kiosks.js';
import { getTheater } from '../store/theaters.js';
import type { KioskSyncDeps } from './deps.js';
import { finishLease } from './end-lease.js';
import { newKioskToken } from './kiosk-token.js';

export interface KioskView {
  id: string;
  name: string;
  theaterId: string;
  createdAt: string;
  revokedAt?: string;
  lastSyncAt?: string;
  pendingSales?: number;
  clockSkewMs?: number;
  hasKey: boolean;
}

export function kioskView(k: KioskRecord): KioskView {
  return {
    id: k.id,
    name: k.name,
    theaterId: k.theaterId,
    createdAt: k.createdAt,
    ...(k.revokedAt ? { revokedAt: k.revokedAt } : {}),
    ...(k.lastSyncAt ? { lastSyncAt: k.lastSyncAt, pendingSales: k.pendingSales ?? 0, clockSkewMs: k.clockSkewMs ?? 0 } : {}),
    hasKey: Boolean(k.publicKey),
  };
}

/**
 * Registers a kiosk at a theater and returns its token, which is shown this once: only a hash of
 * it is kept. The caller has checked `kiosk.manage` at the theater.
 */
export async function registerKiosk(
  deps: KioskSyncDeps,
  input: { theaterId: string; name: string; publicKey?: string },
  by: string,
): Promise<{ kiosk: KioskView; token: string }> {
  if (!(await getTheater(deps.db, input.theaterId))) throw new AppError('not_found', 'We could not find that theater.');
  if (input.publicKey !== undefined && !parseKioskPublicKey(input.publicKey)) {
    throw new AppError('invalid_request', 'publicKey must be an Ed25519 public key (base64 SPKI DER).', { fields: { publicKey: 'not an Ed25519 key' } });
  }
  const id = randomBookingChars(10);
  const { token, hash } = newKioskToken(id);
  const record: KioskRecord = {
    id,
    theaterId: input.theaterId,
    name: input.name,
    tokenHash: hash,
    ...(input.publicKey ? { publicKey: input.publicKey } : {}),
    createdAt: deps.clock().toISOString(),
    createdBy: by,
  };
  await putKiosk(deps.db, record);
  return { kiosk: kioskView(record), token };
}

/**
 * Revokes a kiosk's token at once and gives its unsold leased seats back. Sales it made offline
 * and has not synced can no longer be pushed (sync a kiosk before retiring it). True when it was
 * revoked now. The seats given back are announced to the shows' waitlists.
 */
export async function revokeKiosk(deps: KioskSyncDeps, kioskId: string): Promise<boolean> {
  const now = deps.clock();
  const revoked = await revokeKioskItem(deps.db, kioskId, now);
  // Each lease ends like one staff revoke: its freed seats are announced to the show's waitlist
  // (a work item in the lease's transaction when someone waits, then the in-process announcement).
  for (const lease of await listActiveLeases(deps.db, kioskId)) await finishLease(deps, lease, 'revoked');
  return revoked;
}

export async function findKiosk(deps: KioskSyncDeps, kioskId: string): Promise<KioskRecord> {
  const k = await getKiosk(deps.db, kioskId);
  if (!k) throw new AppError('not_found', 'We could not find that kiosk.');
  return k;
}
