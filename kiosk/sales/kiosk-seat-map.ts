import { and, eq, inArray } from 'drizzle-orm';
import type { Showtime } from '../../server/domain/catalog.js';
import { seatIsFree } from '../../server/domain/hold-rules.js';
import { kioskMaySellLease } from '../../server/domain/lease-rules.js';
import type { SeatType } from '../../server/domain/seat-layout.js';
import { cachedLayoutSeats, cachedLeases } from '../db/cache-read.js';
import type { KioskDb } from '../db/open-db.js';
import { saleSeats, seats } from '../db/schema.js';

export interface KioskMapSeat {
  id: string;
  row: string;
  number: number;
  x: number;
  y: number;
  type: SeatType;
  priceMinor: number;
  status: 'available' | 'held' | 'sold' | 'blocked';
  /** In one of this kiosk's leases, still sellable by its clock: it can sell this seat offline. */
  mine: boolean;
  leaseId?: string;
}

/**
 * A show's seats as this kiosk sees them: the server's picture at the last sync, this kiosk's own
 * sales on top (synced or not), and which seats its leases let it sell with no link. With `only`,
 * just those seats (a sale reads the few it sells, not a 1,200-seat hall).
 */
export function kioskSeatMap(db: KioskDb, show: Showtime, kioskId: string, now: Date, only?: string[]): KioskMapSeat[] {
  const wanted = only ? new Set(only) : null;
  const layout = (cachedLayoutSeats(db, show.screenId, show.layoutVersion) ?? []).filter((s) => !wanted || wanted.has(s.id));
  const bySeat = only ? and(eq(seats.showtimeId, show.id), inArray(seats.seatId, only)) : eq(seats.showtimeId, show.id);
  const items = new Map(db.select().from(seats).where(bySeat).all().map((i) => [i.seatId, i]));
  const soldBySeat = only ? and(eq(saleSeats.showtimeId, show.id), inArray(saleSeats.seatId, only)) : eq(saleSeats.showtimeId, show.id);
  const soldHere = new Set(db.select({ seatId: saleSeats.seatId }).from(saleSeats).where(soldBySeat).all().map((r) => r.seatId));
  const sellable = new Set(cachedLeases(db, show.id).filter((l) => l.status === 'active' && kioskMaySellLease(l.endsAt, now)).map((l) => l.id));
  return layout.map((s) => {
    const base = { id: s.id, row: s.row, number: s.number, x: s.x, y: s.y, type: s.type, priceMinor: show.prices[s.type] ?? 0 };
    const item = items.get(s.id);
    if (s.blocked) return { ...base, status: 'blocked', mine: false };
    if (soldHere.has(s.id) || item?.status === 'sold') return { ...base, status: 'sold', mine: false };
    if (item?.status === 'leased' && item.kioskId === kioskId && item.leaseId && sellable.has(item.leaseId)) {
      return { ...base, status: 'available', mine: true, leaseId: item.leaseId };
    }
    const state = item ? { status: item.status, holdExpiresAt: item.holdExpiresAt ?? undefined, leaseEndsAt: item.leaseEndsAt ?? undefined } : undefined;
    return { ...base, status: seatIsFree(state, now) ? 'available' : 'held', mine: false };
  });
}
