/**
 * Money is an integer count of paise everywhere; rupees exist only when formatted for people.
 * Rates are integer basis points (1 bp = 0.01%, so 1800 = 18%, 175 = 1.75%).
 *
 * Rounding rule, used by every function here: the exact fraction is computed with integers
 * (BigInt, so nothing is lost to floating point) and rounded half up to the paise:
 * 17.4 → 17, 17.5 → 18. Amounts are never negative here, so "half up" and "half away from zero"
 * agree.
 */

/** True when `n` can be an amount of money: a safe integer count of paise, zero or more. */
export function isPaise(n: unknown): n is number {
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** Throws a RangeError (a programming or configuration error, not a customer's) unless `n` is paise. */
export function assertPaise(n: number, what = 'amount'): number {
  if (!isPaise(n)) throw new RangeError(`${what} must be a whole, non-negative number of paise, got ${n}.`);
  return n;
}

function assertBps(bps: number, what = 'rate'): number {
  if (!Number.isSafeInteger(bps) || bps < 0) throw new RangeError(`${what} must be a whole, non-negative number of basis points, got ${bps}.`);
  return bps;
}

/** numerator / denominator rounded half up; both positive or zero. */
function divideHalfUp(numerator: bigint, denominator: bigint): number {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  return Number(remainder * 2n >= denominator ? quotient + 1n : quotient);
}

export function sumPaise(amounts: readonly number[]): number {
  return amounts.reduce((sum, n) => sum + assertPaise(n), 0);
}

/** `bps` basis points of `paise`, rounded half up to the paise: percentOf(160000, 175) → 2800. */
export function percentOf(paise: number, bps: number): number {
  assertPaise(paise);
  assertBps(bps);
  return divideHalfUp(BigInt(paise) * BigInt(bps), 10_000n);
}

/**
 * The tax contained in a tax-inclusive amount: gross − gross / (1 + rate), i.e.
 * gross × rate / (1 + rate), rounded half up to the paise. taxInside(11800, 1800) → 1800.
 */
export function taxInside(grossPaise: number, rateBps: number): number {
  assertPaise(grossPaise);
  assertBps(rateBps, 'tax rate');
  return divideHalfUp(BigInt(grossPaise) * BigInt(rateBps), 10_000n + BigInt(rateBps));
}

export interface FormatInrOptions {
  /**
   * Show the paise digits (default true: ₹1,628.00). With false, whole-rupee amounts drop them
   * (₹1,628); an amount that is not whole rupees keeps them, so no money is ever hidden.
   */
  withPaise?: boolean;
  /** Default `en-IN`, which groups in lakhs and crores: ₹1,00,000.00. */
  locale?: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function inrFormatter(locale: string, fractionDigits: 0 | 2): Intl.NumberFormat {
  const key = `${locale}|${fractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'INR',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, f);
  }
  return f;
}

/** An amount of paise for people: formatInr(162800) → "₹1,628.00". Negative amounts are allowed here. */
export function formatInr(paise: number, options: FormatInrOptions = {}): string {
  if (!Number.isSafeInteger(paise)) throw new RangeError(`amount must be a whole number of paise, got ${paise}.`);
  const { withPaise = true, locale = 'en-IN' } = options;
  const digits = withPaise || paise % 100 !== 0 ? 2 : 0;
  return inrFormatter(locale, digits).format(paise / 100);
}
