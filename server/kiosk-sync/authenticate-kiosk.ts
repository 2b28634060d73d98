import { AppError } from '../domain/errors.js';
import { parseKioskPublicKey } from '../domain/kiosk-sale.js';
import { getKiosk, setKioskPublicKey, type KioskRecord } from '../store/kiosks.js';
import type { KioskSyncDeps } from './deps.js';
import { parseKioskToken, secretMatches } from './kiosk-token.js';

/** The kiosk a `Authorization: Bearer <token>` header names; 401 for anything else, or a revoked kiosk. */
export async function authenticateKiosk(deps: KioskSyncDeps, authorization: string | undefined): Promise<KioskRecord> {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  const parsed = match ? parseKioskToken(match[1]) : null;
  if (!parsed) throw new AppError('unauthenticated', 'Send the kiosk token as Authorization: Bearer <token>.');
  const kiosk = await getKiosk(deps.db, parsed.kioskId);
  if (!kiosk || !secretMatches(parsed.secret, kiosk.tokenHash)) throw new AppError('unauthenticated', 'This kiosk token is not valid.');
  if (kiosk.revokedAt) throw new AppError('unauthenticated', 'This kiosk has been revoked. Ask a manager to register it again.');
  return kiosk;
}

/**
 * Records the kiosk's Ed25519 public key, made on the kiosk at its first sync. It is set once:
 * the same key again is fine, a different one is refused (re-register the kiosk to change it),
 * so a stolen token alone cannot start signing sales.
 */
export async function registerKioskKey(deps: KioskSyncDeps, kiosk: KioskRecord, publicKey: string): Promise<void> {
  if (!parseKioskPublicKey(publicKey)) throw new AppError('invalid_request', 'publicKey must be an Ed25519 public key (base64 SPKI DER).', { fields: { publicKey: 'not an Ed25519 key' } });
  if (kiosk.publicKey === publicKey) return;
  if (kiosk.publicKey || !(await setKioskPublicKey(deps.db, kiosk.id, publicKey))) {
    throw new AppError('forbidden', 'This kiosk already has a different signing key. Register it again to use a new one.');
  }
}
