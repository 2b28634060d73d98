import { describe, expect, it } from 'vitest';
import { refundFor } from '../../server/domain/cancellation-policy.js';
import { DEFAULT_CANCELLATION_POLICY } from '../../server/domain/catalog.js';
import {
  applyPoints,
  discountedPrices,
  attendance,
  earnsPoints,
  SCAN_UPLOAD_GRACE_MS,
  MIN_POINTS_TO_REDEEM,
  pointsCap,
  pointsEarned,
  pointsWorthMinor,
  redeemablePoints,
  reversalOf,
} from '../../server/domain/loyalty.js';
import { quote } from '../../server/domain/pricing.js';
import type { SeatType } from '../../server/domain/seat-layout.js';

const seats = (type: SeatType, n: number) => Array.from({ length: n }, (_, i) => ({ id: `A${i + 1}`, type }));
const fiveAt320 = () => quote({ seats: seats('regular', 5), prices: { regular: 32000 }, convenienceFeeBps: 175 });

describe('loyalty: earning', () => {
  it('earns 1 point per full ₹10 of tickets, not of the fee', () => {
    expect(pointsEarned(fiveAt320())).toBe(160); // ₹1,600 of tickets; the ₹28 fee earns nothing
    expect(pointsEarned(quote({ seats: seats('regular', 1), prices: { regular: 9999 }, convenienceFeeBps: 175 }))).toBe(9);
  });

  it('earns nothing on the part paid with points', () => {
    expect(pointsEarned(applyPoints(fiveAt320(), 200))).toBe(155); // ₹1,600 − ₹50 = ₹1,550
  });

  describe('attendance', () => {
    const ends = '2026-11-26T13:00:00.000Z';
    const at = (iso: string) => new Date(iso);
    const facts = { status: 'confirmed', endsAt: ends, scanned: false, showScanned: false };

    it('earns as soon as a ticket of the booking was let in at a door, even before the show ends', () => {
      expect(attendance({ ...facts, scanned: true, showScanned: true }, at('2026-11-26T09:50:00Z'))).toBe('earn');
    });

    it('at a show with no door scan at all, earns once the kiosks had a day after the end to upload (not at the start or the end)', () => {
      expect(attendance(facts, at('2026-11-26T10:00:00Z'))).toBe('wait');
      expect(attendance(facts, at(ends))).toBe('wait'); // a door kiosk offline through the show has not uploaded yet
      expect(attendance(facts, new Date(Date.parse(ends) + SCAN_UPLOAD_GRACE_MS - 1))).toBe('wait');
      expect(attendance(facts, new Date(Date.parse(ends) + SCAN_UPLOAD_GRACE_MS))).toBe('earn');
    });

    it('at a show whose doors scanned, a booking never let in does not earn (after the kiosks had time to upload)', () => {
      const missed = { ...facts, showScanned: true };
      expect(attendance(missed, at(ends))).toBe('wait');
      expect(attendance(missed, new Date(Date.parse(ends) + SCAN_UPLOAD_GRACE_MS - 1))).toBe('wait');
      expect(attendance(missed, new Date(Date.parse(ends) + SCAN_UPLOAD_GRACE_MS))).toBe('never');
    });

    it('never earns on a cancelled or refunded booking, scanned or not', () => {
      for (const status of ['cancelled', 'refunded']) {
        expect(attendance({ ...facts, status, scanned: true }, at('2026-11-27T00:00:00Z'))).toBe('never');
        expect(attendance({ ...facts, status }, at('2026-11-27T00:00:00Z'))).toBe('never');
      }
    });

    it('earns only on bookings of a customer account (not walk-ins or kiosk sales)', () => {
      expect(earnsPoints({ channel: 'online' })).toBe(true);
      expect(earnsPoints({ channel: 'counter' })).toBe(true);
      expect(earnsPoints({ channel: 'counter', walkIn: { name: 'Walk-in customer' } })).toBe(false);
      expect(earnsPoints({ channel: 'kiosk' })).toBe(false);
    });
  });
});

describe('loyalty: redeeming', () => {
  it('values a point at ₹0.25', () => {
    expect(pointsWorthMinor(200)).toBe(5000);
    expect(() => pointsWorthMinor(1.5)).toThrow(RangeError);
  });

  it('needs a minimum balance and caps points at half the tickets', () => {
    const q = fiveAt320();
    expect(redeemablePoints(MIN_POINTS_TO_REDEEM - 1, q)).toBe(0);
    expect(redeemablePoints(MIN_POINTS_TO_REDEEM, q)).toBe(100);
    expect(pointsCap(q)).toBe(3200); // ₹800 = 50% of ₹1,600, at ₹0.25 a point
    expect(redeemablePoints(10_000, q)).toBe(3200);
  });

  it('holds the ₹1,628 example with 200 points: −₹50 off the tickets, GST recomputed on ₹1,550', () => {
    const q = applyPoints(fiveAt320(), 200);
    expect(q).toMatchObject({
      ticketsMinor: 160000, // list prices stay on the lines
      convenienceFeeMinor: 2800, // the fee is of the list price and keeps its GST
      // 18% inside 155000 = 23644.07 → 23644; plus the fee's 427
      taxMinor: 24071,
      totalMinor: 157800,
      points: { used: 200, discountMinor: 5000 },
    });
    expect(q.lines.map((l) => l.priceMinor)).toEqual([32000, 32000, 32000, 32000, 32000]);
  });

  it('moves a ticket into the 12% band when the discount takes it to ₹100 or less', () => {
    const q = quote({ seats: seats('regular', 2), prices: { regular: 15000 }, convenienceFeeBps: 175 });
    // ₹300 of tickets, 50% cap = 600 points = ₹150: each ticket ₹75 → 12%
    const d = applyPoints(q, 600);
    // 12% inside 15000 = 1607.14 → 1607; fee 525 with 18% inside = 80.08 → 80
    expect(d).toMatchObject({ totalMinor: 30525 - 15000, taxMinor: 1607 + 80 });
  });

  it('spreads a discount in whole paise in proportion to the prices', () => {
    expect(discountedPrices([32000, 32000, 32000], 5000)).toEqual([30333, 30333, 30334]);
    expect(discountedPrices([42000, 32000], 7400)).toEqual([42000 - 4200, 32000 - 3200]);
  });

  it('refuses more points than the cap', () => {
    expect(() => applyPoints(fiveAt320(), 3201)).toThrow(RangeError);
  });

  it('refunds a share of what was paid for the tickets, not of the list price', () => {
    const q = applyPoints(fiveAt320(), 200);
    const r = refundFor(q, DEFAULT_CANCELLATION_POLICY, new Date('2026-12-10T10:00:00Z'), new Date('2026-12-01T10:00:00Z'));
    expect(r.refundMinor).toBe(116250); // 75% of ₹1,550
  });
});

describe('loyalty: reversal on cancellation', () => {
  it('gives spent points back and takes earned ones away', () => {
    expect(reversalOf(500, 200, 155)).toEqual({ change: 45, takenBack: 155, forgiven: 0 });
  });

  it('never goes below zero: points already spent elsewhere are forgiven', () => {
    expect(reversalOf(40, 0, 160)).toEqual({ change: -40, takenBack: 40, forgiven: 120 });
    expect(reversalOf(0, 0, 160)).toEqual({ change: 0, takenBack: 0, forgiven: 160 });
  });
});
