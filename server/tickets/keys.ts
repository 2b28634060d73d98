import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The keys that sign ticket QR codes. New tickets are signed with the current key; every key id
 * a ticket in circulation may carry keeps its public key, so rotating never voids a sold ticket.
 * Production reads them from settings (config.ts); local mode makes them once under DATA_DIR.
 */
export interface TicketKeyring {
  currentKeyId: string;
  privateKey: KeyObject;
  publicKeys: ReadonlyMap<string, KeyObject>;
}

export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,16}$/;

/** A PKCS#8 Ed25519 private key as PEM (literal `\n` allowed, as env files write it) or as base64 DER. */
export function parsePrivateKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.includes('-----BEGIN')
    ? createPrivateKey(trimmed.replace(/\\n/g, '\n'))
    : createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`expected an Ed25519 key, got ${key.asymmetricKeyType}`);
  return key;
}

/** `id=<base64 SPKI DER>` pairs separated by commas: the public keys of retired signing keys. */
export function parsePublicKeys(text: string): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const at = entry.indexOf('=');
    const id = entry.slice(0, at);
    if (at < 1 || !KEY_ID_PATTERN.test(id)) throw new Error(`"${entry.slice(0, 20)}…" is not id=<base64 key>`);
    const key = createPublicKey({ key: Buffer.from(entry.slice(at + 1), 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`key ${id} is not Ed25519`);
    keys.set(id, key);
  }
  return keys;
}

export function keyringFromSettings(s: { signingKey: string; keyId: string; publicKeys?: string }): TicketKeyring {
  const privateKey = parsePrivateKey(s.signingKey);
  const publicKeys = s.publicKeys ? parsePublicKeys(s.publicKeys) : new Map<string, KeyObject>();
  publicKeys.set(s.keyId, createPublicKey(privateKey));
  return { currentKeyId: s.keyId, privateKey, publicKeys };
}

/** Base64 DER encodings, the shapes the settings take (see docs/notifications.md, "Ticket keys"). */
export function exportKeyPair(privateKey: KeyObject): { privateKey: string; publicKey: string } {
  return {
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    publicKey: createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64'),
  };
}

/** For tests and tools: a keyring that lives as long as the process. */
export function ephemeralKeyring(keyId = 'e1'): TicketKeyring {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { currentKeyId: keyId, privateKey, publicKeys: new Map([[keyId, publicKey]]) };
}

/** What a door scanner needs: the public keys as JWKs (RFC 8037), by key id. */
export function publicJwks(ring: TicketKeyring) {
  return {
    current: ring.currentKeyId,
    keys: [...ring.publicKeys].map(([kid, key]) => ({ ...key.export({ format: 'jwk' }), kid, alg: 'EdDSA', use: 'sig' })),
  };
}

interface KeyFile {
  current: string;
  keys: { id: string; privateKey: string; createdAt: string }[];
}

/**
 * Local mode: the keyring kept in `file` (mode 0600), made at the first start. Two processes
 * starting at once agree: the file is created exclusively and the loser reads the winner's.
 */
export function loadOrCreateLocalKeyring(file: string, now: Date): TicketKeyring {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(newKeyFile(undefined, now), null, 2), { mode: 0o600 });
    try {
      // link() refuses an existing name, so the complete file appears at once or not at all.
      linkSync(tmp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      unlinkSync(tmp);
    }
  }
  return ringFromFile(readKeyFile(file));
}

/** Makes a new current key; the older ones stay for verifying tickets already issued. */
export function rotateLocalKeyring(file: string, now: Date): TicketKeyring {
  const next = newKeyFile(existsSync(file) ? readKeyFile(file) : undefined, now);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(next, null, 2), { mode: 0o600 });
  renameSync(tmp, file);
  return ringFromFile(next);
}

function newKeyFile(previous: KeyFile | undefined, now: Date): KeyFile {
  const used = new Set(previous?.keys.map((k) => k.id));
  let n = (previous?.keys.length ?? 0) + 1;
  while (used.has(`k${n}`)) n++;
  const { privateKey } = generateKeyPairSync('ed25519');
  const id = `k${n}`;
  return {
    current: id,
    keys: [...(previous?.keys ?? []), { id, privateKey: exportKeyPair(privateKey).privateKey, createdAt: now.toISOString() }],
  };
}

function readKeyFile(file: string): KeyFile {
  // Tighten a file someone copied in with looser permissions.
  chmodSync(file, 0o600);
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
  if (!Array.isArray(parsed.keys) || !parsed.keys.some((k) => k.id === parsed.current)) {
    throw new Error(`${file} is not a ticket keyring (no current key); move it away to make a new one`);
  }
  return parsed;
}

function ringFromFile(f: KeyFile): TicketKeyring {
  const publicKeys = new Map<string, KeyObject>();
  let privateKey: KeyObject | undefined;
  for (const k of f.keys) {
    const key = parsePrivateKey(k.privateKey);
    publicKeys.set(k.id, createPublicKey(key));
    if (k.id === f.current) privateKey = key;
  }
  if (!privateKey) throw new Error('ticket keyring has no current key');
  return { currentKeyId: f.current, privateKey, publicKeys };
}
