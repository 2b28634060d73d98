import { AppError } from '../../server/domain/errors.js';
import { validateSeatSelection } from '../../server/domain/hold-rules.js';
import type { KioskPaymentMethod, KioskSaleCustomer } from '../../server/domain/kiosk-sale.js';
import { clockTooFarOff } from '../../server/domain/lease-rules.js';
import { salesState } from '../../server/domain/sales-window.js';
import { cachedLayoutSeats, cachedShowtime } from '../db/cache-read.js';
import { getMeta } from '../db/meta.js';
import type { KioskContext } from '../context.js';
import type { KioskStaff } from '../auth/kiosk-session.js';
import { kioskSeatMap } from './kiosk-seat-map.js';
import { recordLeaseSale } from './lease-sale.js';
import { sellThroughServer } from './online-sale.js';

export interface SaleInput {
  showtimeId: string;
  seats: string[];
  payment: { method: KioskPaymentMethod };
  customer?: KioskSaleCustomer;
}

export interface SaleAnswer {
  id: string;
  bookingId: string | null;
  seats: string[];
  quote: unknown;
  synced: boolean;
}

const list = (ids: string[]) => `${ids.length === 1 ? 'Seat' : 'Seats'} ${ids.join(', ')}`;

/**
 * Sells seats at the counter. Seats in one of this kiosk's leases are sold here and now, in one
 * SQLite transaction, whether the link is up or not (the sync engine pushes them at once when it
 * is). Any other free seat needs the server: its hold and booking path decides. Offline, only
 * leased seats can be sold.
 */
export async function sell(ctx: KioskContext, staff: KioskStaff, input: SaleInput): Promise<SaleAnswer> {
  const now = ctx.clock();
  const show = cachedShowtime(ctx.db, input.showtimeId);
  if (!show) throw new AppError('not_found', 'This show is not in the kiosk’s list. Sync and try again.', { why: 'show_not_listed' });
  const state = salesState(show, now, 'kiosk');
  if (!state.open) {
    throw state.reason === 'cancelled'
      ? new AppError('sales_closed', 'This show has been cancelled.', { reason: 'cancelled' })
      : new AppError('sales_closed', 'Kiosk sales for this show have closed.', { why: 'kiosk_sales_closed' });
  }
  const chosen = validateSeatSelection(input.seats, cachedLayoutSeats(ctx.db, show.screenId, show.layoutVersion) ?? []);
  const map = new Map(kioskSeatMap(ctx.db, show, ctx.kioskId, now, chosen.map((s) => s.id)).map((s) => [s.id, s]));
  const picked = chosen.map((s) => map.get(s.id)!);

  const soldHere = picked.filter((s) => s.status === 'sold').map((s) => s.id);
  if (soldHere.length) throw new AppError('seats_unavailable', `${list(soldHere)} ${soldHere.length === 1 ? 'is' : 'are'} already sold. Pick others.`, { seats: soldHere });

  const mine = picked.filter((s) => s.mine);
  if (mine.length === picked.length && new Set(mine.map((s) => s.leaseId)).size === 1) {
    if (clockTooFarOff(getMeta(ctx.db, 'clockSkewMs') ?? 0)) throw new AppError('clock_off');
    const sale = recordLeaseSale(ctx, staff, show, mine, input, now);
    ctx.sync.kick();
    return sale;
  }
  if (mine.length) {
    throw new AppError('invalid_request', `${list(mine.map((s) => s.id))} ${mine.length === 1 ? 'is' : 'are'} in this kiosk’s lease; sell them on their own.`, { seats: mine.map((s) => s.id), why: 'leased_apart' });
  }
  if (!ctx.sync.online()) {
    const ids = picked.map((s) => s.id);
    throw new AppError('seats_unavailable', `The link to the server is down: only this kiosk’s leased seats can be sold now, and ${list(ids)} ${ids.length === 1 ? 'is' : 'are'} not among them.`, { seats: ids, offline: true, why: 'offline_not_leased' });
  }
  return sellThroughServer(ctx, staff, show, input, now);
}
