import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Kiosk tokens: `mmk.<kiosk id>.<secret>`. The id finds the kiosk; only the SHA-256 of the secret
 * is stored, compared in constant time. A stolen kiosk costs one revocable token.
 */
const PREFIX = 'mmk';

export function newKioskToken(kioskId: string): { token: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${PREFIX}.${kioskId}.${secret}`, hash: hashSecret(secret) };
}

export function parseKioskToken(token: string): { kioskId: string; secret: string } | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX || !/^[0-9A-Z]{10}$/.test(parts[1]) || !/^[A-Za-z0-9_-]{43}$/.test(parts[2])) return null;
  return { kioskId: parts[1], secret: parts[2] };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
