import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { signTicket, verifyTicket } from '../../server/domain/ticket-signing.js';
import {
  exportKeyPair,
  keyringFromSettings,
  loadOrCreateLocalKeyring,
  publicJwks,
  rotateLocalKeyring,
  type TicketKeyring,
} from '../../server/tickets/keys.js';

const dir = mkdtempSync(join(tmpdir(), 'ticket-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date('2026-12-01T06:30:00Z');

function ticketFor(ring: TicketKeyring, seat: string): string {
  return signTicket({ bookingId: 'MVM-20261201-AAAABBBB', showtimeId: 'show-1', seat, keyId: ring.currentKeyId }, ring.privateKey);
}
const checkWith = (ring: TicketKeyring) => (payload: string) => verifyTicket(payload, (id) => ring.publicKeys.get(id));

describe('local keyring', () => {
  it('is made once under the data folder, readable by its owner only, and kept across starts', () => {
    const file = join(dir, 'a', 'ticket-keys.json');
    const first = loadOrCreateLocalKeyring(file, now);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = loadOrCreateLocalKeyring(file, now);
    expect(second.currentKeyId).toBe(first.currentKeyId);
    expect(checkWith(second)(ticketFor(first, 'A1')).ok).toBe(true);
  });

  it('rotates: new tickets use the new key, old tickets still verify', () => {
    const file = join(dir, 'b', 'ticket-keys.json');
    const before = loadOrCreateLocalKeyring(file, now);
    const oldTicket = ticketFor(before, 'A1');
    const after = rotateLocalKeyring(file, now);
    expect(after.currentKeyId).not.toBe(before.currentKeyId);
    expect([...after.publicKeys.keys()]).toEqual(['k1', 'k2']);
    const newTicket = ticketFor(after, 'A2');
    const reloaded = loadOrCreateLocalKeyring(file, now);
    expect(reloaded.currentKeyId).toBe('k2');
    expect(checkWith(reloaded)(oldTicket).ok).toBe(true);
    expect(checkWith(reloaded)(newTicket).ok).toBe(true);
    expect(checkWith(before)(newTicket)).toEqual({ ok: false, reason: 'unknown_key' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).not.toContain('BEGIN');
  });
});

describe('keys from settings', () => {
  const current = generateKeyPairSync('ed25519').privateKey;
  const retired = generateKeyPairSync('ed25519').privateKey;

  it('takes the signing key as base64 DER or PEM and older public keys by id', () => {
    const der = exportKeyPair(current).privateKey;
    const pem = current.export({ format: 'pem', type: 'pkcs8' }).toString().replace(/\n/g, '\\n');
    for (const signingKey of [der, pem]) {
      const ring = keyringFromSettings({ signingKey, keyId: '2027a', publicKeys: `2026b=${exportKeyPair(retired).publicKey}` });
      expect(ring.currentKeyId).toBe('2027a');
      expect([...ring.publicKeys.keys()].sort()).toEqual(['2026b', '2027a']);
      const old = signTicket({ bookingId: 'b', showtimeId: 's', seat: 'A1', keyId: '2026b' }, retired);
      expect(checkWith(ring)(old).ok).toBe(true);
      expect(checkWith(ring)(ticketFor(ring, 'A3')).ok).toBe(true);
    }
  });

  it('are checked by loadConfig, and required in production', () => {
    const base = { AWS_REGION: 'ap-south-1', APP_SECRET: 'k3J9q-Vx72_LmPz8wQe4RtYu1IoPaSdF', PUBLIC_URL: 'https://t.example.in' };
    expect(() => loadConfig(base)).toThrow(/TICKET_SIGNING_KEY/);
    expect(() => loadConfig({ ...base, TICKET_SIGNING_KEY: 'not a key', TICKET_KEY_ID: 'k1' })).toThrow(/TICKET_SIGNING_KEY/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(() => loadConfig({ ...base, TICKET_SIGNING_KEY: rsa, TICKET_KEY_ID: 'k1' })).toThrow(/Ed25519/);
    expect(() => loadConfig({ ...base, TICKET_SIGNING_KEY: exportKeyPair(current).privateKey })).toThrow(/TICKET_KEY_ID/);
    expect(() => loadConfig({ TICKET_PUBLIC_KEYS: 'k1=abc' })).toThrow(/TICKET_PUBLIC_KEYS/);
    const c = loadConfig({ ...base, TICKET_SIGNING_KEY: exportKeyPair(current).privateKey, TICKET_KEY_ID: 'k7' });
    expect(c.ticketKeys).toMatchObject({ keyId: 'k7' });
    expect(loadConfig({}).ticketKeys).toBeUndefined();
  });

  it('publishes public keys as JWKs for door scanners', () => {
    const ring = keyringFromSettings({ signingKey: exportKeyPair(current).privateKey, keyId: 'k1' });
    const jwks = publicJwks(ring);
    expect(jwks.current).toBe('k1');
    expect(jwks.keys).toEqual([{ kty: 'OKP', crv: 'Ed25519', x: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), kid: 'k1', alg: 'EdDSA', use: 'sig' }]);
    expect(JSON.stringify(jwks)).not.toContain('"d"');
  });
});
