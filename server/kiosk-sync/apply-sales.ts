import { isBookingId } from '../domain/booking-id.js';
import { conflictDetailEnglish, type ConflictDetail } from '../domain/kiosk-conflict-detail.js';
import type { Showtime } from '../domain/catalog.js';
import { parseKioskPublicKey, saleSignatureValid, type KioskSale } from '../domain/kiosk-sale.js';
import { LEASE_GRACE_MS, clockSkewMs } from '../domain/lease-rules.js';
import { noticeMessages } from '../notify/booking-notices.js';
import { cachedShowtime } from '../booking/catalog-cache.js';
import { seatsChanged } from '../booking/seat-state-cache.js';
import { applyLeaseSale, getSaleRecord, putSaleRecord, type ConflictReason, type SaleRecord } from '../store/kiosk-sales.js';
import type { KioskRecord } from '../store/kiosks.js';
import { getLease, type LeaseRecord } from '../store/leases.js';
import { saleRecorded } from '../booking/sales-facts.js';
import { addSeatsSold } from '../store/show-counters.js';
import type { KioskSyncDeps } from './deps.js';
import { kioskBooking, kioskContact } from './kiosk-booking.js';
import { kioskSaleSchema } from './schemas.js';

export interface SaleOutcome {
  saleId: string;
  status: 'applied' | 'conflict' | 'resolved' | 'invalid';
  bookingId?: string;
  reason?: ConflictReason | 'invalid_sale';
  /** The detail in English (older kiosks show this); `conflictDetail` is its code and facts. */
  detail?: string;
  conflictDetail?: ConflictDetail;
}

/** A sale refused outright (the kiosk got a fact wrong): not queued. */
const invalid = (saleId: string, d: ConflictDetail): SaleOutcome => ({ saleId, status: 'invalid', reason: 'invalid_sale', detail: conflictDetailEnglish(d), conflictDetail: d });

/** Sales of one push applied side by side. */
const PARALLEL = 8;

/** A sale signed before its lease ended by the server's clock may be this late by the kiosk's estimate (network time). */
const SKEW_TOLERANCE_MS = 30_000;

const outcomeOf = (r: SaleRecord): SaleOutcome => ({
  saleId: r.saleId,
  status: r.status,
  bookingId: r.bookingId,
  ...(r.reason ? { reason: r.reason } : {}),
  ...(r.detail ? { detail: r.detail } : r.conflictDetail ? { detail: conflictDetailEnglish(r.conflictDetail) } : {}),
  ...(r.conflictDetail ? { conflictDetail: r.conflictDetail } : {}),
});

/**
 * Applies the sales a kiosk made from its leases while offline, in order, each exactly once
 * (DESIGN rules 3 and 4). A sale that cannot be applied is never dropped and never forced: it
 * becomes a conflict for staff to reseat or refund. `kioskNow` is the kiosk's clock when it sent
 * them, so a sale dated after its lease ended (a clock far off) is caught.
 */
export async function applyKioskSales(
  deps: KioskSyncDeps,
  kiosk: KioskRecord,
  input: { kioskNow: string; sales: unknown[] },
): Promise<{ results: SaleOutcome[]; serverTime: string; clockSkewMs: number }> {
  const skew = clockSkewMs(new Date(input.kioskNow), deps.clock());
  // One kiosk never sells a seat twice, so its sales touch different seat items and may be
  // applied side by side; each one's own transaction still decides it.
  const leases = new Map<string, Promise<LeaseRecord | null>>();
  const lease = (id: string) => leases.get(id) ?? leases.set(id, getLease(deps.db, id)).get(id)!;
  const results: SaleOutcome[] = new Array(input.sales.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < input.sales.length; i = next++) results[i] = await applyOne(deps, kiosk, input.sales[i], skew, lease);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, input.sales.length) }, worker));
  return { results, serverTime: deps.clock().toISOString(), clockSkewMs: skew };
}

async function applyOne(deps: KioskSyncDeps, kiosk: KioskRecord, raw: unknown, skew: number, leaseById: (id: string) => Promise<LeaseRecord | null>): Promise<SaleOutcome> {
  const parsed = kioskSaleSchema.safeParse(raw);
  const rawId = (raw as { id?: unknown })?.id;
  if (!parsed.success) {
    return invalid(typeof rawId === 'string' ? rawId : '', { code: 'bad_fields', fields: parsed.error.issues.map((i) => i.path.join('.')) });
  }
  const sale = parsed.data as KioskSale;
  const existing = await getSaleRecord(deps.db, sale.id);
  if (existing) return existing.kioskId === kiosk.id ? outcomeOf(existing) : invalid(sale.id, { code: 'sale_id_in_use' });

  const show = await cachedShowtime(deps.db, sale.showtimeId);
  const problem = checkSale(sale, kiosk, show);
  if (problem) return invalid(sale.id, { code: problem });

  const conflict = (reason: ConflictReason, detail: ConflictDetail) => recordConflict(deps, kiosk, sale, reason, detail);
  const key = kiosk.publicKey ? parseKioskPublicKey(kiosk.publicKey) : null;
  if (!key || !saleSignatureValid(sale, key)) return conflict('bad_signature', { code: 'not_signed' });

  const lease = await leaseById(sale.leaseId);
  if (!lease || lease.kioskId !== kiosk.id || lease.showtimeId !== sale.showtimeId || !sale.seats.every((s) => lease.seats.includes(s))) {
    return conflict('not_leased', { code: 'not_leased' });
  }
  const soldAtServerTime = Date.parse(sale.soldAt) + skew;
  if (soldAtServerTime > Date.parse(lease.endsAt) + SKEW_TOLERANCE_MS) {
    return conflict('clock_far_off', { code: 'clock_far_off', minutes: Math.round((soldAtServerTime - Date.parse(lease.endsAt)) / 60_000), skewSeconds: Math.round(skew / 1000) });
  }

  const now = deps.clock();
  const booking = kioskBooking(
    show!,
    {
      bookingId: sale.bookingId,
      kioskId: kiosk.id,
      saleId: sale.id,
      seats: sale.seats,
      quote: sale.quote,
      method: sale.payment.method,
      soldBy: sale.soldBy,
      soldAt: sale.soldAt,
      customer: sale.customer,
      source: `lease-${lease.id}`,
    },
    now,
  );
  const contact = kioskContact(sale.customer);
  const messages = contact ? noticeMessages('booking_confirmed', booking, contact, { publicUrl: deps.publicUrl, now }) : [];
  booking.notificationIds = messages.map((m) => m.id);
  const record: SaleRecord = {
    saleId: sale.id,
    kioskId: kiosk.id,
    theaterId: kiosk.theaterId,
    showtimeId: sale.showtimeId,
    seats: sale.seats,
    bookingId: sale.bookingId,
    mode: 'lease',
    status: 'applied',
    createdAt: now.toISOString(),
  };
  const result = await applyLeaseSale(deps.db, booking, record, { now, leaseId: lease.id, messages });
  seatsChanged(deps.db, sale.showtimeId);
  if (result.ok) {
    await Promise.all([
      addSeatsSold(deps.db, sale.showtimeId, sale.seats.length).catch((err: unknown) =>
        deps.log('warn', 'seatsSold counter not updated', { showtimeId: sale.showtimeId, error: (err as Error).message }),
      ),
      saleRecorded(deps.db, deps.log, booking, show!, { email: sale.customer?.email, phone: sale.customer?.phone }),
    ]);
    if (messages.length) deps.messagesWaiting();
    return outcomeOf(record);
  }
  if (result.already) {
    const again = await getSaleRecord(deps.db, sale.id);
    if (again) return outcomeOf(again);
    throw new Error(`sale ${sale.id} was recorded and then vanished`);
  }
  if ('bookingIdTaken' in result) return conflict('booking_id_taken', { code: 'booking_id_taken', bookingId: sale.bookingId });
  const [reason, detail] = await whyNotLeased(deps, lease, result.failedSeats);
  return conflict(reason, detail);
}

/** Facts the kiosk itself must get right; a sale failing them is refused, not queued. */
function checkSale(sale: KioskSale, kiosk: KioskRecord, show: Showtime | null): ConflictDetail['code'] | null {
  if (sale.kioskId !== kiosk.id) return 'other_kiosk';
  if (!show || show.theaterId !== kiosk.theaterId) return 'unknown_show';
  if (!isBookingId(sale.bookingId)) return 'bad_booking_id';
  if (new Set(sale.seats).size !== sale.seats.length) return 'seat_twice';
  const lines = sale.quote.lines.map((l) => l.seat).sort();
  if (lines.join(',') !== [...sale.seats].sort().join(',')) return 'quote_seats';
  const tickets = sale.quote.lines.reduce((sum, l) => sum + l.priceMinor, 0);
  if (tickets !== sale.quote.ticketsMinor || sale.quote.totalMinor !== tickets + sale.quote.convenienceFeeMinor) return 'quote_sum';
  return null;
}

async function whyNotLeased(deps: KioskSyncDeps, lease: LeaseRecord, seats: string[]): Promise<[ConflictReason, ConflictDetail]> {
  const current = await getLease(deps.db, lease.id);
  if (current?.status === 'revoked') return ['lease_revoked', { code: 'lease_revoked', seats }];
  if (current?.status === 'returned') return ['lease_revoked', { code: 'lease_returned', seats }];
  if (Date.parse(lease.endsAt) + LEASE_GRACE_MS < deps.clock().getTime()) return ['lease_expired', { code: 'lease_expired', seats }];
  return ['seat_taken', { code: 'seat_taken', seats }];
}

async function recordConflict(deps: KioskSyncDeps, kiosk: KioskRecord, sale: KioskSale, reason: ConflictReason, conflictDetail: ConflictDetail): Promise<SaleOutcome> {
  const record: SaleRecord = {
    saleId: sale.id,
    kioskId: kiosk.id,
    theaterId: kiosk.theaterId,
    showtimeId: sale.showtimeId,
    seats: sale.seats,
    bookingId: sale.bookingId,
    mode: 'lease',
    status: 'conflict',
    createdAt: deps.clock().toISOString(),
    reason,
    conflictDetail,
    sale,
  };
  if (await putSaleRecord(deps.db, record)) {
    deps.log('warn', 'kiosk sale became a conflict', { saleId: sale.id, kioskId: kiosk.id, reason });
    return outcomeOf(record);
  }
  const existing = await getSaleRecord(deps.db, sale.id);
  return existing ? outcomeOf(existing) : outcomeOf(record);
}
