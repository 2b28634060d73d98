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
    expect(payload).toMatch(/^MM1\.k1\.MVM-20261201-7QK2ZP4D\.charminar-cinemas-1-20261202-2030\.G10\.[A-Za-z0-9_-]{86}$/);
    expect(payload.length).toBeLessThan(160);
    expect(verifyTicket(payload, lookup)).toEqual({ ok: true, claims });
  });

  it('keeps dots, Hindi and Telugu in ids intact', () => {
    const local = { ...claims, showtimeId: 'शो.१', seat: 'ఎ1%' };
    expect(verifyTicket(signTicket(local, k1.privateKey), lookup)).toEqual({ ok: true, claims: local });
  });

  it('fails when any single character is changed, including the spare bits of the last one', () => {
    const payload = signTicket(claims, k1.privateKey);
    const variants = oneCharChanges(payload);
    expect(variants.length).toBeGreaterThan(payload.length * 60);
    const passed = variants.filter((v) => verifyTicket(v, lookup).ok);
    expect(passed).toEqual([]);
  });

  it('fails when one byte of the signed text or of the decoded signature is changed', () => {
    const payload = signTicket(claims, k1.privateKey);
    const cut = payload.lastIndexOf('.');
    const signed = Buffer.from(payload.slice(0, cut));
    const sig = Buffer.from(payload.slice(cut + 1), 'base64url');
    for (let i = 0; i < signed.length; i++) {
      const changed = Buffer.from(signed);
      changed[i] ^= 0x01;
      expect(verifyTicket(`${changed.toString('latin1')}.${sig.toString('base64url')}`, lookup).ok).toBe(false);
    }
    for (let i = 0; i < sig.length; i++) {
      const changed = Buffer.from(sig);
      changed[i] ^= 0x01;
      expect(verifyTicket(`${signed.toString()}.${changed.toString('base64url')}`, lookup).ok).toBe(false);
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
    const sig = 'A'.repeat(86);
    for (const text of ['', 'MM1', 'MM1.....', `MM2.k1.b.s.A1.${sig}`, 'hello world', `MM1.k1..s.A1.${sig}`, `MM1.k1.b.s.%E0%A4.${sig}`, `MM1.k1.b.s.A1.${sig}=`]) {
      expect(verifyTicket(text, lookup)).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});
