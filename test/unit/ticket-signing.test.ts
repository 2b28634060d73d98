import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signTicket, verifyTicket, type TicketClaims } from '../../server/domain/ticket-signing.js';

const k1 = generateKeyPairSync('ed25519');
const k2 = generateKeyPairSync('ed25519');
const keys = new Map([
  ['k1', k1.publicKey],
  ['k2', k2.publicKey],
]);
const lookup = (id: string) => keys.get(id);

const claims: TicketClaims = {
  bookingId: 'MVM-20261201-7QK2ZP4D',
  showtimeId: 'charminar-cinemas-1-20261202-2030',
  seat: 'G10',
  keyId: 'k1',
};

/** Every text that differs from `text` in exactly one character, over the characters a QR may carry. */
function oneCharChanges(text: string): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ';
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const ch of alphabet) if (ch !== text[i]) out.push(text.slice(0, i) + ch + text.slice(i + 1));
  }
  return out;
}

describe('ticket signing', () => {
  it('verifies a payload it signed and gives back the claims', () => {
    const payload = signTicket(claims, k1.privateKey);
    expect(payload).toMatch(/^MM1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{86}$/);
    expect(payload.length).toBeLessThan(220);
    expect(verifyTicket(payload, lookup)).toEqual({ ok: true, claims });
  });

  it('keeps Hindi and Telugu in seat and show ids intact', () => {
    const local = { ...claims, showtimeId: 'शो-१', seat: 'ఎ1' };
    expect(verifyTicket(signTicket(local, k1.privateKey), lookup)).toEqual({ ok: true, claims: local });
  });

  it('fails when any single character is changed, including the spare bits of the last one', () => {
    const payload = signTicket(claims, k1.privateKey);
    const variants = oneCharChanges(payload);
    expect(variants.length).toBeGreaterThan(payload.length * 60);
    const passed = variants.filter((v) => verifyTicket(v, lookup).ok);
    expect(passed).toEqual([]);
  });

  it('fails when one byte of the decoded claims or signature is changed', () => {
    const payload = signTicket(claims, k1.privateKey);
    const [prefix, body, sig] = payload.split('.');
    for (const [part, rebuild] of [
      [body, (b: Buffer) => `${prefix}.${b.toString('base64url')}.${sig}`],
      [sig, (b: Buffer) => `${prefix}.${body}.${b.toString('base64url')}`],
    ] as const) {
      const bytes = Buffer.from(part, 'base64url');
      for (let i = 0; i < bytes.length; i++) {
        const changed = Buffer.from(bytes);
        changed[i] ^= 0x01;
        expect(verifyTicket(rebuild(changed), lookup).ok).toBe(false);
      }
    }
  });

  it('refuses a payload signed by another key under a known id', () => {
    const forged = signTicket(claims, k2.privateKey);
    expect(verifyTicket(forged, lookup)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses an unknown key id', () => {
    const other = generateKeyPairSync('ed25519');
    const payload = signTicket({ ...claims, keyId: 'k9' }, other.privateKey);
    expect(verifyTicket(payload, lookup)).toEqual({ ok: false, reason: 'unknown_key' });
  });

  it('keeps verifying older tickets after a rotation', () => {
    const old = signTicket(claims, k1.privateKey);
    const fresh = signTicket({ ...claims, keyId: 'k2' }, k2.privateKey);
    expect(verifyTicket(old, lookup).ok).toBe(true);
    expect(verifyTicket(fresh, lookup).ok).toBe(true);
  });

  it('calls malformed input malformed', () => {
    for (const text of ['', 'MM1', 'MM1..', 'MM2.e30.AA', 'hello world', `MM1.${Buffer.from('[]').toString('base64url')}.${'A'.repeat(86)}`]) {
      expect(verifyTicket(text, lookup)).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});
