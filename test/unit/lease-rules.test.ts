import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seatIsFree, seatStatusFor } from '../../server/domain/hold-rules.js';
import { saleSignatureValid, signSale } from '../../server/domain/kiosk-sale.js';
import { LEASE_GRACE_MS, LEASE_MARGIN_MS, clockTooFarOff, kioskMaySellLease, leaseCutoff, leaseEnd, leaseReclaimed, validateLeaseSeats } from '../../server/domain/lease-rules.js';
import { quote } from '../../server/domain/pricing.js';
import { expandLayout } from '../../server/domain/seat-layout.js';

const now = new Date('2026-12-01T14:00:00.000Z');
const ends = '2026-12-01T14:30:00.000Z';

describe('lease ends on two clocks', () => {
  it('stops the kiosk a margin before the end and frees the seats a grace after it', () => {
    expect(kioskMaySellLease(ends, new Date(Date.parse(ends) - LEASE_MARGIN_MS - 1))).toBe(true);
    expect(kioskMaySellLease(ends, new Date(Date.parse(ends) - LEASE_MARGIN_MS))).toBe(false);
    expect(leaseReclaimed(ends, new Date(Date.parse(ends) + LEASE_GRACE_MS))).toBe(false);
    expect(leaseReclaimed(ends, new Date(Date.parse(ends) + LEASE_GRACE_MS + 1))).toBe(true);
    expect(leaseReclaimed(undefined, new Date('2030-01-01T00:00:00Z'))).toBe(false);
  });

  it('says what the store condition says: leaseEndsAt < leaseCutoff(now)', () => {
    for (const offset of [-1, 0, 1]) {
      const at = new Date(Date.parse(ends) + LEASE_GRACE_MS + offset);
      const leased = { status: 'leased' as const, leaseEndsAt: ends };
      expect(seatIsFree(leased, at)).toBe(ends < leaseCutoff(at));
      expect(seatStatusFor(leased, at)).toBe(ends < leaseCutoff(at) ? 'available' : 'held');
    }
    expect(seatIsFree({ status: 'leased' }, now)).toBe(false);
    expect(seatIsFree({ status: 'sold', leaseEndsAt: '2020-01-01T00:00:00.000Z' }, now)).toBe(false);
  });

  it('defaults to when kiosk sales close and refuses ends in the past or after them', () => {
    const close = new Date('2026-12-01T15:20:00.000Z');
    expect(leaseEnd({ now, kioskSalesCloseAt: close })).toBe(close.toISOString());
    expect(leaseEnd({ requested: '2026-12-01T20:00:00+05:30', now, kioskSalesCloseAt: close })).toBe('2026-12-01T14:30:00.000Z');
    expect(() => leaseEnd({ requested: '2026-12-01T14:01:00Z', now, kioskSalesCloseAt: close })).toThrow(/more than 2 minutes/);
    expect(() => leaseEnd({ requested: '2026-12-01T16:00:00Z', now, kioskSalesCloseAt: close })).toThrow(/outlast/);
    expect(() => leaseEnd({ requested: 'soon', now, kioskSalesCloseAt: close })).toThrow(/date/);
    expect(() => leaseEnd({ now: close, kioskSalesCloseAt: close })).toThrow(/no longer on sale/);
  });

  it('calls a clock more than 2 minutes off too far off', () => {
    expect(clockTooFarOff(120_000)).toBe(false);
    expect(clockTooFarOff(-120_001)).toBe(true);
  });

  it('leases only real, unblocked seats, each once', () => {
    const seats = expandLayout({ rows: [{ label: 'A', cells: 'rrx.r' }] });
    expect(validateLeaseSeats(['A1', 'A4'], seats)).toEqual(['A1', 'A4']);
    expect(() => validateLeaseSeats(['A1', 'A1', 'A3', 'Z9'], seats)).toThrow(/A1, A3, Z9/);
    expect(() => validateLeaseSeats([], seats)).toThrow(/at least one/);
  });
});

describe('kiosk sale signatures', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const other = generateKeyPairSync('ed25519').publicKey;
  const sale = signSale(
    {
      id: '6f1b7f6e-3b1a-4c2e-9b9a-1c2d3e4f5a6b',
      kioskId: 'K1K1K1K1K1',
      leaseId: 'L1',
      showtimeId: 'S1',
      seats: ['A1', 'A2'],
      bookingId: 'MVM-20261201-ABCDEFGH',
      payment: { method: 'cash' },
      quote: quote({ seats: [{ id: 'A1', type: 'regular' }, { id: 'A2', type: 'regular' }], prices: { regular: 32000 }, convenienceFeeBps: 0 }),
      soldAt: now.toISOString(),
      soldBy: 'staff-1',
    },
    privateKey,
  );

  it("verifies with the kiosk's key only, and any changed fact breaks it", () => {
    expect(saleSignatureValid(sale, publicKey)).toBe(true);
    expect(saleSignatureValid(sale, other)).toBe(false);
    expect(saleSignatureValid({ ...sale, seats: ['A1', 'A3'] }, publicKey)).toBe(false);
    expect(saleSignatureValid({ ...sale, quote: { ...sale.quote, totalMinor: 1 } }, publicKey)).toBe(false);
    expect(saleSignatureValid({ ...sale, soldAt: '2026-12-01T13:00:00.000Z' }, publicKey)).toBe(false);
    expect(saleSignatureValid({ ...sale, signature: 'x' }, publicKey)).toBe(false);
  });
});
