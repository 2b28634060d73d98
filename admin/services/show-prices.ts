import { fieldsError, type FieldProblem } from '../../server/domain/field-hints.js';
import { formatInr } from '../../server/domain/money.js';
import { SEAT_TYPES, type SeatType } from '../../server/domain/seat-layout.js';

export type Prices = Partial<Record<SeatType, number>>;

/** Highest ticket price accepted: ₹10,000. */
export const MAX_PRICE_MINOR = 1_000_000;

/**
 * The prices a show needs: one for every seat type its layout sells, whole paise above zero;
 * prices for types the screen does not have are dropped.
 */
export function checkPrices(prices: Record<string, unknown>, needed: SeatType[]): Prices {
  const fields: Record<string, FieldProblem> = {};
  const out: Prices = {};
  for (const type of needed) {
    const p = prices[type];
    if (p === undefined || p === null || p === '') fields[`prices.${type}`] = [`Give a price for ${type} seats.`, { code: 'priceMissing' }];
    else if (typeof p !== 'number' || !Number.isSafeInteger(p) || p <= 0 || p > MAX_PRICE_MINOR) fields[`prices.${type}`] = [`The ${type} price must be whole paise between 1 and ${MAX_PRICE_MINOR}.`, { code: 'priceRange', maxRupees: MAX_PRICE_MINOR / 100 }];
    else out[type] = p;
  }
  if (Object.keys(fields).length) {
    throw fieldsError(`This screen needs prices for: ${needed.join(', ')}. ${Object.values(fields)[0][0]}`, fields);
  }
  return out;
}

export function pricesText(prices: Prices): string {
  return SEAT_TYPES.filter((t) => prices[t] !== undefined)
    .map((t) => `${t} ${formatInr(prices[t] as number, { withPaise: false })}`)
    .join(', ');
}
