import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { getMeta, setMeta } from './db/meta.js';
import type { KioskDb } from './db/open-db.js';

/**
 * This kiosk's own secrets, made at its first start and kept in its SQLite file: the Ed25519 key
 * that signs its sales and offline tickets (the server learns the public half at the first sync),
 * and the HMAC secret of its CSRF tokens.
 */
export function loadKeys(db: KioskDb): { signingKey: KeyObject; publicKey: string; secret: string } {
  let der = getMeta(db, 'signingKey');
  if (!der) {
    der = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    setMeta(db, 'signingKey', der);
    setMeta(db, 'keyRegistered', false);
  }
  let secret = getMeta(db, 'secret');
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    setMeta(db, 'secret', secret);
  }
  const signingKey = createPrivateKey({ key: Buffer.from(der, 'base64'), format: 'der', type: 'pkcs8' });
  return { signingKey, publicKey: createPublicKey(signingKey).export({ format: 'der', type: 'spki' }).toString('base64'), secret };
}
