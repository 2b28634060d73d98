/**
 * Loyalty points: pure rules (no I/O). docs/loyalty-and-waitlist.md explains each choice.
 *
 * - Earn: 1 point per full ₹10 of ticket price actually paid (GST is inside the ticket price, so
 *   it counts; the convenience fee does not; a points discount does not earn), credited once per
 *   booking after its show has started (the customer could be let in).
 * - Redeem: whole points, 1 point = ₹0.25, against the ticket price only, at most half of it, and
 *   only from a balance of at least 100 points. A customer says only "use my points": the server
 *   spends as many as these rules allow.
 * - GST: a discount given at the sale lowers the transaction value, so the GST inside the tickets
 *   is recomputed on the discounted prices through pricing.ts `ticketTax` (each ticket's band by
 *   its discounted price). The fee and the GST inside it do not change.
 */
import { assertPaise, percentOf } from './money.js';
import { DEFAULT_GST_BANDS, ticketTax, type GstBand, type Quote } from './pricing.js';

/** Paise of ticket price per point earned: 1 point per full ₹10. */
export const EARN_PAISE_PER_POINT = 1000;
/** What one point is worth at checkout: ₹0.25. */
export const POINT_VALUE_PAISE = 25;
/** Points may pay at most this share of the tickets (basis points: 5000 = 50%). */
export const REDEEM_CAP_BPS = 5000;
/** Below this balance no points can be spent. */
export const MIN_POINTS_TO_REDEEM = 100;

/** The worth of `points` in paise. */
export function pointsWorthMinor(points: number): number {
  if (!Number.isSafeInteger(points) || points < 0) throw new RangeError(`points must be a whole, non-negative number, got ${points}.`);
  return points * POINT_VALUE_PAISE;
}

/** The tickets' price the customer paid (list price less any points discount). */
export function ticketsPaidMinor(quote: Pick<Quote, 'ticketsMinor' | 'points'>): number {
  return quote.ticketsMinor - (quote.points?.discountMinor ?? 0);
}

/** Points a booking earns once its show has started: 1 per full ₹10 of tickets paid. */
export function pointsEarned(quote: Pick<Quote, 'ticketsMinor' | 'points'>): number {
  return Math.floor(assertPaise(ticketsPaidMinor(quote)) / EARN_PAISE_PER_POINT);
}

/** How long after a show's end a kiosk may still upload its door scans (offline kiosks catch up). */
export const SCAN_UPLOAD_GRACE_MS = 24 * 60 * 60_000;

/** What the attendance rule needs to know about one booking. */
export interface AttendanceFacts {
  status: string;
  /** When the show ends (start + runtime), UTC. */
  endsAt: string;
  /** A ticket of this booking was let in at a door (a kiosk uploaded its scan). */
  scanned: boolean;
  /** Any ticket of this show was let in at a door of the theater: the theater scans this show. */
  showScanned: boolean;
}

/**
 * Did the customer attend? `earn`: yes, credit the points now; `wait`: not known yet; `never`:
 * settled without points. A scan earns at once. Without one, nothing is decided until the kiosks
 * have had `SCAN_UPLOAD_GRACE_MS` after the show's end to upload (a door kiosk offline through the
 * show must not make its show look unscanned): then a show with no door scan at all (the theater
 * does not scan) earns, and a booking never let in at a show whose doors scanned does not. A scan
 * arriving even later still earns.
 */
export function attendance(f: AttendanceFacts, now: Date): 'earn' | 'wait' | 'never' {
  if (f.status !== 'confirmed') return 'never';
  if (f.scanned) return 'earn';
  const end = Date.parse(f.endsAt);
  if (now.getTime() < end + SCAN_UPLOAD_GRACE_MS) return 'wait';
  return f.showScanned ? 'never' : 'earn';
}

/** Bookings that earn points at all: a customer's account, not a walk-in or a kiosk's sale. */
export function earnsPoints(b: { channel: string; walkIn?: unknown }): boolean {
  return b.channel !== 'kiosk' && !b.walkIn;
}

/** The most points a quote's tickets can take from a balance (0 when the balance is too small). */
export function redeemablePoints(balance: number, quote: Pick<Quote, 'ticketsMinor'>): number {
  if (!Number.isSafeInteger(balance) || balance < MIN_POINTS_TO_REDEEM) return 0;
  return Math.min(balance, pointsCap(quote));
}

/** The cap: whole points worth at most `REDEEM_CAP_BPS` of the tickets. */
export function pointsCap(quote: Pick<Quote, 'ticketsMinor'>): number {
  return Math.floor(percentOf(quote.ticketsMinor, REDEEM_CAP_BPS) / POINT_VALUE_PAISE);
}

/**
 * Spreads `discountMinor` over the tickets in proportion to their prices, in whole paise (the
 * paise left by rounding down go to the first tickets), so each ticket's GST band is that of its
 * discounted price.
 */
export function discountedPrices(pricesMinor: readonly number[], discountMinor: number): number[] {
  const total = pricesMinor.reduce((s, p) => s + p, 0);
  if (discountMinor > total) throw new RangeError('A discount cannot exceed the tickets.');
  if (total === 0) return [...pricesMinor];
  const shares = pricesMinor.map((p) => Math.floor((discountMinor * p) / total));
  let left = discountMinor - shares.reduce((s, x) => s + x, 0);
  for (let i = 0; left > 0; i = (i + 1) % shares.length) {
    if (pricesMinor[i] - shares[i] > 0) {
      shares[i]++;
      left--;
    }
  }
  return pricesMinor.map((p, i) => p - shares[i]);
}

/**
 * The quote with `points` spent on its tickets. `points` must be within `redeemablePoints`; the
 * total falls by their worth and the GST inside the tickets is recomputed on the discounted prices.
 */
export function applyPoints(quote: Quote, points: number, gstBands: readonly GstBand[] = DEFAULT_GST_BANDS): Quote {
  if (quote.points) throw new RangeError('This quote already has points applied.');
  if (points === 0) return quote;
  if (points > pointsCap(quote)) throw new RangeError(`At most ${pointsCap(quote)} points can be spent on these tickets.`);
  const discountMinor = pointsWorthMinor(points);
  const listPrices = quote.lines.map((l) => l.priceMinor);
  const feeTaxMinor = quote.taxMinor - ticketTax(listPrices, gstBands);
  return {
    ...quote,
    taxMinor: ticketTax(discountedPrices(listPrices, discountMinor), gstBands) + feeTaxMinor,
    totalMinor: quote.totalMinor - discountMinor,
    points: { used: points, discountMinor },
  };
}

/**
 * What cancelling a booking does to a balance: the points it spent come back, the points it earned
 * go, but never below zero (points already spent elsewhere are forgiven, and the rest recorded).
 */
export function reversalOf(balance: number, redeemed: number, earned: number): { change: number; takenBack: number; forgiven: number } {
  const available = balance + redeemed;
  const takenBack = Math.min(earned, Math.max(0, available));
  return { change: redeemed - takenBack, takenBack, forgiven: earned - takenBack };
}
