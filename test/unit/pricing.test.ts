import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/domain/errors.js';
import { DEFAULT_GST_BANDS, gstRateFor, quote } from '../../server/domain/pricing.js';
import type { SeatType } from '../../server/domain/seat-layout.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const seats = (type: SeatType, ...ids: string[]) => ids.map((id) => ({ id, type }));

describe('quote', () => {
  it("holds the prototype's example: 5 × ₹320 = ₹1,600 + ₹28 fee = ₹1,628", () => {
    const q = quote({ seats: seats('regular', 'A1', 'A2', 'A3', 'A4', 'A5'), prices: { regular: 32000 }, convenienceFeeBps: 175 });
    expect(q).toEqual({
      currency: 'INR',
      lines: [
        { seat: 'A1', type: 'regular', priceMinor: 32000 },
        { seat: 'A2', type: 'regular', priceMinor: 32000 },
        { seat: 'A3', type: 'regular', priceMinor: 32000 },
        { seat: 'A4', type: 'regular', priceMinor: 32000 },
        { seat: 'A5', type: 'regular', priceMinor: 32000 },
      ],
      ticketsMinor: 160000,
      convenienceFeeMinor: 2800,
      // 18% inside 160000 = 24406.78 → 24407; 18% inside the 2800 fee = 427.12 → 427
      taxMinor: 24834,
      totalMinor: 162800,
    });
  });

  it('taxes a ₹100 ticket at 12%', () => {
    const q = quote({ seats: seats('regular', 'A1'), prices: { regular: 10000 }, convenienceFeeBps: 175 });
    // 12% inside 10000 = 1071.43 → 1071; fee 175 with 18% inside = 26.69 → 27
    expect(q).toMatchObject({ ticketsMinor: 10000, convenienceFeeMinor: 175, taxMinor: 1098, totalMinor: 10175 });
  });

  it('taxes a ₹100.01 ticket at 18%', () => {
    const q = quote({ seats: seats('regular', 'A1'), prices: { regular: 10001 }, convenienceFeeBps: 175 });
    // 18% inside 10001 = 1525.56 → 1526; fee 175.0175 → 175, 27 of it GST
    expect(q).toMatchObject({ ticketsMinor: 10001, convenienceFeeMinor: 175, taxMinor: 1553, totalMinor: 10176 });
  });

  it('prices mixed seat types, each band taxed at its own rate', () => {
    const q = quote({
      seats: [...seats('regular', 'A1', 'A2'), ...seats('premium', 'B1'), ...seats('recliner', 'C1'), ...seats('wheelchair', 'D1')],
      prices: { regular: 32000, premium: 42000, recliner: 65000, wheelchair: 9000 },
      convenienceFeeBps: 175,
    });
    expect(q.lines).toEqual([
      { seat: 'A1', type: 'regular', priceMinor: 32000 },
      { seat: 'A2', type: 'regular', priceMinor: 32000 },
      { seat: 'B1', type: 'premium', priceMinor: 42000 },
      { seat: 'C1', type: 'recliner', priceMinor: 65000 },
      { seat: 'D1', type: 'wheelchair', priceMinor: 9000 },
    ]);
    // 18% inside 171000 = 26084.75 → 26085; 12% inside 9000 = 964.29 → 964; fee 3150, 480.51 → 481 GST
    expect(q).toMatchObject({ ticketsMinor: 180000, convenienceFeeMinor: 3150, taxMinor: 27530, totalMinor: 183150 });
  });

  it('rounds the fee half up to the paise', () => {
    const q = quote({ seats: seats('premium', 'B1'), prices: { premium: 32200 }, convenienceFeeBps: 175 });
    // fee 563.5 → 564; GST 4911.86 → 4912 inside the ticket, 86.03 → 86 inside the fee
    expect(q).toMatchObject({ ticketsMinor: 32200, convenienceFeeMinor: 564, taxMinor: 4998, totalMinor: 32764 });
  });

  it('rounds the tax once per rate, not once per seat', () => {
    const q = quote({ seats: seats('regular', 'A1', 'A2', 'A3'), prices: { regular: 10001 }, convenienceFeeBps: 175 });
    // 18% inside 30003 = 4576.73 → 4577 (per seat it would be 3 × 1526 = 4578); fee 525.05 → 525, 80 GST
    expect(q).toMatchObject({ ticketsMinor: 30003, convenienceFeeMinor: 525, taxMinor: 4657, totalMinor: 30528 });
  });

  it('follows configured GST bands and fee GST', () => {
    const q = quote({
      seats: seats('regular', 'A1'),
      prices: { regular: 15000 },
      convenienceFeeBps: 200,
      gstBands: [{ rateBps: 1800 }, { upToMinor: 20000, rateBps: 500 }],
      feeGstBps: 0,
    });
    // 5% inside 15000 = 714.29 → 714; fee 300 with no GST
    expect(q).toMatchObject({ ticketsMinor: 15000, convenienceFeeMinor: 300, taxMinor: 714, totalMinor: 15300 });
  });

  it('quotes nothing for no seats', () => {
    expect(quote({ seats: [], prices: { regular: 32000 }, convenienceFeeBps: 175 })).toEqual({
      currency: 'INR',
      lines: [],
      ticketsMinor: 0,
      convenienceFeeMinor: 0,
      taxMinor: 0,
      totalMinor: 0,
    });
  });

  it('refuses a seat type with no price, naming the seats', () => {
    const input = { seats: [...seats('regular', 'A1'), ...seats('couple', 'H1', 'H3')], prices: { regular: 32000 }, convenienceFeeBps: 175 };
    const e = thrown(() => quote(input));
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: 'invalid_request', status: 400, details: { seats: ['H1', 'H3'] } });
    expect((e as Error).message).toBe('Seats H1, H3 cannot be sold for this show.');
  });

  it('refuses a price that is not whole paise', () => {
    expect(() => quote({ seats: seats('regular', 'A1'), prices: { regular: 320.5 }, convenienceFeeBps: 175 })).toThrow(RangeError);
  });
});

describe('gstRateFor', () => {
  it('puts ₹100 in the 12% band and anything above in the 18% band', () => {
    expect(gstRateFor(10000)).toBe(1200);
    expect(gstRateFor(10001)).toBe(1800);
    expect(gstRateFor(0)).toBe(1200);
    expect(gstRateFor(100000, DEFAULT_GST_BANDS)).toBe(1800);
  });

  it('refuses bands that leave prices uncovered', () => {
    expect(() => gstRateFor(20000, [{ upToMinor: 10000, rateBps: 1200 }])).toThrow(RangeError);
  });
});
