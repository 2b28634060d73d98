/**
 * A sale a kiosk made from its own lease (DESIGN rule 3), as it travels to the server: signed
 * with the kiosk's Ed25519 key when it is made, so the server can tell a genuine sale from one
 * typed up by someone who only stole the kiosk's token. The same key signs the tickets the kiosk
 * prints offline (key id `kiosk-<kiosk id>`), and doors accept them through the synced public keys.
 * Pure: keys are given, no I/O.
 */
import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import type { Quote } from './pricing.js';

export type KioskPaymentMethod = 'cash' | 'card' | 'upi';
export const KIOSK_PAYMENT_METHODS: readonly KioskPaymentMethod[] = ['cash', 'card', 'upi'];

export interface KioskSaleCustomer {
  name?: string;
  phone?: string;
  email?: string;
}

export interface KioskSale {
  /** Made by the kiosk (a UUID); the server applies each id once. */
  id: string;
  kioskId: string;
  leaseId: string;
  showtimeId: string;
  seats: string[];
  /** Made by the kiosk (`MVM-…`), so the ticket printed offline already names the booking. */
  bookingId: string;
  payment: { method: KioskPaymentMethod };
  quote: Quote;
  customer?: KioskSaleCustomer;
  /** The kiosk's clock when it sold. */
  soldAt: string;
  /** The staff member signed in at the kiosk. */
  soldBy: string;
  /** base64url Ed25519 signature of `saleSigningText`. */
  signature: string;
}

const PREFIX = 'MMS1';

/** Exactly what is signed: the facts that decide seats and money, in a fixed order. */
export function saleSigningText(s: Omit<KioskSale, 'signature'>): string {
  return `${PREFIX}\n${JSON.stringify([s.id, s.kioskId, s.leaseId, s.showtimeId, s.seats, s.bookingId, s.payment.method, s.quote.totalMinor, s.soldAt, s.soldBy])}`;
}

export function signSale(s: Omit<KioskSale, 'signature'>, privateKey: KeyObject): KioskSale {
  return { ...s, signature: sign(null, Buffer.from(saleSigningText(s), 'utf8'), privateKey).toString('base64url') };
}

export function saleSignatureValid(s: KioskSale, publicKey: KeyObject): boolean {
  if (typeof s.signature !== 'string' || !/^[A-Za-z0-9_-]{86}$/.test(s.signature)) return false;
  return verify(null, Buffer.from(saleSigningText(s), 'utf8'), publicKey, Buffer.from(s.signature, 'base64url'));
}

/** The key id a kiosk's tickets carry (≤ 16 characters, like the server's key ids). */
export function kioskKeyId(kioskId: string): string {
  return `kiosk-${kioskId}`;
}

/** A ticket's identity at the door: one seat of one booking. */
export function ticketId(bookingId: string, seat: string): string {
  return `${bookingId}/${seat}`;
}

/** A kiosk's public key as it travels (base64 SPKI DER); null unless it is an Ed25519 key. */
export function parseKioskPublicKey(text: string): KeyObject | null {
  try {
    const key = createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}
