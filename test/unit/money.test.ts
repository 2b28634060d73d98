import { describe, expect, it } from 'vitest';
import { assertPaise, formatInr, isPaise, percentOf, sumPaise, taxInside } from '../../server/domain/money.js';

describe('formatInr', () => {
  it('shows rupees and paise with en-IN grouping by default', () => {
    expect(formatInr(162800)).toBe('₹1,628.00');
    expect(formatInr(10_000_000)).toBe('₹1,00,000.00');
    expect(formatInr(1_000_000_000)).toBe('₹1,00,00,000.00');
    expect(formatInr(5)).toBe('₹0.05');
    expect(formatInr(0)).toBe('₹0.00');
  });

  it('drops the paise of whole-rupee amounts when asked', () => {
    expect(formatInr(162800, { withPaise: false })).toBe('₹1,628');
    expect(formatInr(10_000_000, { withPaise: false })).toBe('₹1,00,000');
  });

  it('keeps the paise of an amount that is not whole rupees, even without withPaise', () => {
    expect(formatInr(162850, { withPaise: false })).toBe('₹1,628.50');
  });

  it('formats in another locale', () => {
    expect(formatInr(10_000_000, { locale: 'en-US' })).toBe('₹100,000.00');
  });

  it('shows a negative amount with its sign', () => {
    expect(formatInr(-550)).toBe('-₹5.50');
  });

  it('refuses fractions of a paise', () => {
    expect(() => formatInr(12.5)).toThrow(RangeError);
  });
});

describe('percentOf', () => {
  it('takes basis points of an amount', () => {
    expect(percentOf(160000, 175)).toBe(2800);
    expect(percentOf(160000, 7500)).toBe(120000);
    expect(percentOf(160000, 0)).toBe(0);
    expect(percentOf(0, 175)).toBe(0);
  });

  it('rounds half up to the paise', () => {
    expect(percentOf(999, 175)).toBe(17); // 17.4825
    expect(percentOf(1000, 5)).toBe(1); // 0.5
    expect(percentOf(1000, 15)).toBe(2); // 1.5
    expect(percentOf(1000, 14)).toBe(1); // 1.4
    expect(percentOf(32200, 175)).toBe(564); // 563.5
  });

  it('is exact for large amounts', () => {
    expect(percentOf(900_719_925_474_099, 9999)).toBe(900_629_853_481_552); // 900629853481551.6901
  });

  it('refuses non-integer or negative inputs', () => {
    expect(() => percentOf(10.5, 175)).toThrow(RangeError);
    expect(() => percentOf(-100, 175)).toThrow(RangeError);
    expect(() => percentOf(100, 17.5)).toThrow(RangeError);
  });
});

describe('taxInside', () => {
  it('finds the tax inside a tax-inclusive amount', () => {
    expect(taxInside(11800, 1800)).toBe(1800);
    expect(taxInside(11200, 1200)).toBe(1200);
    expect(taxInside(32000, 1800)).toBe(4881); // 4881.36
    expect(taxInside(10000, 1200)).toBe(1071); // 1071.43
    expect(taxInside(2800, 1800)).toBe(427); // 427.12
    expect(taxInside(0, 1800)).toBe(0);
    expect(taxInside(5000, 0)).toBe(0);
  });

  it('rounds half up to the paise', () => {
    expect(taxInside(1, 10000)).toBe(1); // 0.5
    expect(taxInside(3, 10000)).toBe(2); // 1.5
    expect(taxInside(10001, 1800)).toBe(1526); // 1525.56
  });
});

describe('paise helpers', () => {
  it('recognises amounts of paise', () => {
    expect(isPaise(0)).toBe(true);
    expect(isPaise(162800)).toBe(true);
    expect(isPaise(1.5)).toBe(false);
    expect(isPaise(-1)).toBe(false);
    expect(isPaise('100')).toBe(false);
    expect(isPaise(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
  });

  it('sums amounts and rejects anything that is not paise', () => {
    expect(sumPaise([32000, 32000, 2800])).toBe(66800);
    expect(sumPaise([])).toBe(0);
    expect(() => sumPaise([100, 0.1])).toThrow(RangeError);
    expect(assertPaise(42)).toBe(42);
    expect(() => assertPaise(Number.NaN, 'price')).toThrow('price must be');
  });
});
