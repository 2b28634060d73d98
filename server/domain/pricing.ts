/**
 * The server's own quote for a set of seats (API.md `quote`). Seat prices include GST; the quote
 * shows the tax inside them. The convenience fee is a share of the tickets with its GST inside.
 */
import { AppError } from './errors.js';
import { assertPaise, percentOf, taxInside } from './money.js';
import type { SeatType } from './seat-layout.js';

/** A GST band: ticket prices at or under `upToMinor` pay `rateBps`; the top band has no `upToMinor`. */
export interface GstBand {
  upToMinor?: number;
  rateBps: number;
}

/** 12% for tickets at or under ₹100, 18% above. */
export const DEFAULT_GST_BANDS: readonly GstBand[] = [{ upToMinor: 10_000, rateBps: 1200 }, { rateBps: 1800 }];

/** GST inside the convenience fee: 18%. */
export const DEFAULT_FEE_GST_BPS = 1800;

export interface QuoteInput {
  seats: { id: string; type: SeatType }[];
  /** Paise per seat type, GST included (a showtime's `prices`). */
  prices: Partial<Record<SeatType, number>>;
  /** Basis points of the tickets (175 = 1.75%), GST included. */
  convenienceFeeBps: number;
  gstBands?: readonly GstBand[];
  feeGstBps?: number;
}

export interface QuoteLine {
  seat: string;
  type: SeatType;
  priceMinor: number;
}

export interface Quote {
  currency: 'INR';
  lines: QuoteLine[];
  ticketsMinor: number;
  convenienceFeeMinor: number;
  /** GST inside the tickets plus GST inside the fee; already part of totalMinor. */
  taxMinor: number;
  totalMinor: number;
  /**
   * Loyalty points spent on the tickets (server/domain/loyalty.ts): `discountMinor` comes off the
   * tickets, so `totalMinor` and the GST in `taxMinor` are of the discounted price; `lines` and
   * `ticketsMinor` keep the list prices.
   */
  points?: { used: number; discountMinor: number };
}

/** The GST rate for one ticket of `priceMinor` under `bands` (order of `bands` does not matter). */
export function gstRateFor(priceMinor: number, bands: readonly GstBand[] = DEFAULT_GST_BANDS): number {
  const ordered = [...bands].sort((a, b) => (a.upToMinor ?? Infinity) - (b.upToMinor ?? Infinity));
  const band = ordered.find((b) => b.upToMinor === undefined || priceMinor <= b.upToMinor);
  if (!band) throw new RangeError(`No GST band covers a ticket of ${priceMinor} paise; the top band needs no upToMinor.`);
  return band.rateBps;
}

/**
 * The GST inside tickets of these prices (paise, GST included): tickets of the same rate are
 * summed and taxed once per rate. `quote` and a loyalty discount (domain/loyalty.ts) both use it.
 */
export function ticketTax(pricesMinor: readonly number[], gstBands: readonly GstBand[] = DEFAULT_GST_BANDS): number {
  const grossByRate = new Map<number, number>();
  for (const price of pricesMinor) {
    const rate = gstRateFor(price, gstBands);
    grossByRate.set(rate, (grossByRate.get(rate) ?? 0) + price);
  }
  let tax = 0;
  for (const [rate, gross] of grossByRate) tax += taxInside(gross, rate);
  return tax;
}

/**
 * Tickets of the same GST rate are taxed as one sum, so the tax is rounded once per rate rather
 * than once per seat (3 × ₹100.01 gives ₹45.77 of GST, not 3 × ₹15.26 = ₹45.78).
 */
export function quote(input: QuoteInput): Quote {
  const { seats, prices, convenienceFeeBps, gstBands = DEFAULT_GST_BANDS, feeGstBps = DEFAULT_FEE_GST_BPS } = input;

  const unpriced = seats.filter((s) => prices[s.type] === undefined).map((s) => s.id);
  if (unpriced.length) {
    throw new AppError('invalid_request', `${unpriced.length === 1 ? 'Seat' : 'Seats'} ${unpriced.join(', ')} cannot be sold for this show.`, {
      seats: unpriced,
    });
  }

  const lines: QuoteLine[] = seats.map((s) => ({
    seat: s.id,
    type: s.type,
    priceMinor: assertPaise(prices[s.type] as number, `price of ${s.type} seats`),
  }));

  const ticketsMinor = lines.reduce((sum, l) => sum + l.priceMinor, 0);
  const ticketTaxMinor = ticketTax(lines.map((l) => l.priceMinor), gstBands);

  const convenienceFeeMinor = percentOf(ticketsMinor, convenienceFeeBps);
  const feeTaxMinor = taxInside(convenienceFeeMinor, feeGstBps);

  return {
    currency: 'INR',
    lines,
    ticketsMinor,
    convenienceFeeMinor,
    taxMinor: ticketTaxMinor + feeTaxMinor,
    totalMinor: ticketsMinor + convenienceFeeMinor,
  };
}
