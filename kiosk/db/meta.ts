import { eq } from 'drizzle-orm';
import type { KioskDb } from './open-db.js';
import { meta } from './schema.js';

/** Named facts the kiosk keeps between runs (JSON values). */
export interface MetaValues {
  kioskId: string;
  kioskName: string;
  theaterId: string;
  /** The Ed25519 signing key made on this kiosk (PKCS#8 DER, base64) and whether the server has its public half. */
  signingKey: string;
  keyRegistered: boolean;
  /** The token the signing key was registered under: a new token (re-registration) means a new key. */
  keyToken: string;
  /** HMAC secret for this kiosk's CSRF tokens. */
  secret: string;
  lastSyncAt: string;
  /** When the cache was last filled from the server. */
  cachedAt: string;
  /** Server clock − kiosk clock at the last sync. */
  clockSkewMs: number;
}

type Tx = Pick<KioskDb, 'select' | 'insert' | 'delete'>;

export function getMeta<K extends keyof MetaValues>(db: Tx, key: K): MetaValues[K] | undefined {
  const row = db.select().from(meta).where(eq(meta.key, key)).get();
  return row ? (JSON.parse(row.value) as MetaValues[K]) : undefined;
}

export function setMeta<K extends keyof MetaValues>(db: Tx, key: K, value: MetaValues[K]): void {
  const v = JSON.stringify(value);
  db.insert(meta).values({ key, value: v }).onConflictDoUpdate({ target: meta.key, set: { value: v } }).run();
}
