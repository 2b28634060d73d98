import { AppError } from '../domain/errors.js';
import { conflictDetailEnglish, type ConflictDetail } from '../domain/kiosk-conflict-detail.js';
import { validateSeatSelection } from '../domain/hold-rules.js';
import { quote } from '../domain/pricing.js';
import { seatsTakenMessage } from '../domain/seats-taken-message.js';
import { cachedShowtime } from '../booking/catalog-cache.js';
import { layoutSeats } from '../booking/layouts.js';
import { seatsChanged } from '../booking/seat-state-cache.js';
import { getSaleRecord, listConflicts as listConflictItems, resolveByRefund, resolveByReseat, type SaleRecord } from '../store/kiosk-sales.js';
import { saleRecorded } from '../booking/sales-facts.js';
import { addSeatsSold } from '../store/show-counters.js';
import type { KioskSyncDeps } from './deps.js';
import { kioskBooking } from './kiosk-booking.js';

export interface ConflictView {
  saleId: string;
  kioskId: string;
  showtimeId: string;
  seats: string[];
  bookingId: string;
  status: 'conflict' | 'resolved';
  reason: string;
  /** In English; `conflictDetail` is its code and facts, for pages in other languages. */
  detail?: string;
  conflictDetail?: ConflictDetail;
  createdAt: string;
  amountMinor?: number;
  paymentMethod?: string;
  customer?: { name?: string; phone?: string; email?: string };
  soldAt?: string;
  soldBy?: string;
  resolution?: SaleRecord['resolution'];
}

export function conflictView(r: SaleRecord): ConflictView {
  return {
    saleId: r.saleId,
    kioskId: r.kioskId,
    showtimeId: r.showtimeId,
    seats: r.seats,
    bookingId: r.bookingId,
    status: r.status === 'resolved' ? 'resolved' : 'conflict',
    reason: r.reason ?? 'unknown',
    ...(r.detail ? { detail: r.detail } : r.conflictDetail ? { detail: conflictDetailEnglish(r.conflictDetail) } : {}),
    ...(r.conflictDetail ? { conflictDetail: r.conflictDetail } : {}),
    createdAt: r.createdAt,
    ...(r.sale ? { amountMinor: r.sale.quote.totalMinor, paymentMethod: r.sale.payment.method, soldAt: r.sale.soldAt, soldBy: r.sale.soldBy } : {}),
    ...(r.sale?.customer ? { customer: r.sale.customer } : {}),
    ...(r.resolution ? { resolution: r.resolution } : {}),
  };
}

/** A theater's open conflicts (oldest first); with `resolvedSince` (ISO), also those resolved since. */
export async function listConflicts(deps: KioskSyncDeps, theaterId: string, opts: { resolvedSince?: string } = {}): Promise<ConflictView[]> {
  return (await listConflictItems(deps.db, theaterId, opts)).map(conflictView);
}

export async function findConflict(deps: KioskSyncDeps, saleId: string): Promise<SaleRecord> {
  const r = await getSaleRecord(deps.db, saleId);
  if (!r || r.status === 'applied') throw new AppError('not_found', 'We could not find that conflict.');
  return r;
}

export type Resolution = { action: 'reseat'; seats: string[]; note?: string } | { action: 'refund'; note?: string };

/**
 * Closes a conflict. `refund`: the sale is void and its money goes back at the counter (no seats
 * change). `reseat`: the customer gets other free seats of the same show under the same booking
 * id, sold in one transaction with closing the conflict; a price difference is recorded for the
 * counter to settle. The caller has checked `conflict.resolve` at the conflict's theater.
 */
export async function resolveConflict(deps: KioskSyncDeps, record: SaleRecord, how: Resolution, by: string): Promise<ConflictView> {
  if (record.status !== 'conflict' || !record.sale) throw new AppError('conflict_closed');
  const now = deps.clock();
  const paid = record.sale.quote.totalMinor;
  if (how.action === 'refund') {
    const resolution = { action: 'refund' as const, by, at: now.toISOString(), refundMinor: paid, ...(how.note ? { note: how.note } : {}) };
    if (!(await resolveByRefund(deps.db, record, resolution))) throw new AppError('conflict_closed');
    return conflictView({ ...record, status: 'resolved', resolution });
  }

  const show = await cachedShowtime(deps.db, record.showtimeId);
  if (!show) throw new AppError('not_found', 'We could not find that show.');
  const chosen = validateSeatSelection(how.seats, await layoutSeats(deps.db, show.screenId, show.layoutVersion));
  const q = quote({ seats: chosen.map((s) => ({ id: s.id, type: s.type })), prices: show.prices, convenienceFeeBps: 0 });
  const booking = kioskBooking(
    show,
    {
      bookingId: record.bookingId,
      kioskId: record.kioskId,
      saleId: record.saleId,
      seats: chosen.map((s) => s.id),
      quote: q,
      method: record.sale.payment.method,
      soldBy: record.sale.soldBy,
      soldAt: record.sale.soldAt,
      customer: record.sale.customer,
      source: `reseat-${record.saleId}`,
    },
    now,
  );
  const resolution = {
    action: 'reseat' as const,
    by,
    at: now.toISOString(),
    seats: booking.seats,
    ...(q.totalMinor !== paid ? { differenceMinor: q.totalMinor - paid } : {}),
    ...(how.note ? { note: how.note } : {}),
  };
  const result = await resolveByReseat(deps.db, record, booking, resolution, now);
  seatsChanged(deps.db, show.id);
  if (!result.ok) {
    if ('notOpen' in result) throw new AppError('conflict_closed');
    throw new AppError('seats_unavailable', seatsTakenMessage(result.takenSeats), { seats: result.takenSeats });
  }
  await addSeatsSold(deps.db, show.id, booking.seats.length).catch(() => undefined);
  await saleRecorded(deps.db, deps.log, booking, show, { email: record.sale.customer?.email, phone: record.sale.customer?.phone });
  return conflictView({ ...record, status: 'resolved', resolution });
}
