import type { Showtime } from '../domain/catalog.js';
import { AppError } from '../domain/errors.js';
import { seatStatusFor } from '../domain/hold-rules.js';
import { LEASE_GRACE_MS } from '../domain/lease-rules.js';
import type { SeatType } from '../domain/seat-layout.js';
import type { Db } from '../store/db.js';
import type { SeatItem } from '../store/seats.js';
import { cachedSeatItems } from './seat-state-cache.js';
import { cachedShowtime } from './catalog-cache.js';
import { layoutSeats } from './layouts.js';

export type SeatStatus = 'available' | 'held' | 'sold' | 'blocked';

export interface MapSeat {
  id: string;
  row: string;
  number: number;
  x: number;
  y: number;
  type: SeatType;
  priceMinor: number;
  status: SeatStatus;
}

export interface SeatMap {
  showtime: Showtime;
  seats: MapSeat[];
  /** The server time this map was read at; live updates ask for changes since then. */
  asOf: string;
}

/** A kiosk's lease shows as held to customers; an expired hold or a reclaimed lease shows as available. */
function statusOf(blocked: boolean, item: SeatItem | undefined, now: Date): SeatStatus {
  if (blocked) return 'blocked';
  return seatStatusFor(item, now);
}

/** The seat map from the screen's real layout and the show's seat items: one Query. */
export async function seatMap(db: Db, showtimeId: string, now: Date): Promise<SeatMap> {
  const showtime = await cachedShowtime(db, showtimeId);
  if (!showtime) throw new AppError('not_found', 'We could not find that show.');
  const [layout, items] = await Promise.all([layoutSeats(db, showtime.screenId, showtime.layoutVersion), cachedSeatItems(db, showtimeId)]);
  const byId = new Map(items.map((i) => [i.seatId, i]));
  const seats = layout.map((s) => ({
    id: s.id,
    row: s.row,
    number: s.number,
    x: s.x,
    y: s.y,
    type: s.type,
    priceMinor: showtime.prices[s.type] ?? 0,
    status: statusOf(s.blocked, byId.get(s.id), now),
  }));
  return { showtime, seats, asOf: now.toISOString() };
}

/** Clocks of different servers differ a little: re-send a few seconds of overlap rather than miss a change. */
const OVERLAP_MS = 5000;

/**
 * Only the seats whose status changed since `since`: items written since then, and holds that
 * expired or kiosk leases reclaimed since then (they free themselves, without any write).
 */
export async function seatChanges(db: Db, showtimeId: string, since: Date, now: Date): Promise<{ seats: Pick<MapSeat, 'id' | 'status'>[]; asOf: string }> {
  const items = await cachedSeatItems(db, showtimeId);
  const from = since.getTime() - OVERLAP_MS;
  const changed = items.filter((i) => {
    if (Date.parse(i.updatedAt) > from) return true;
    const freesAt =
      i.status === 'held' && i.holdExpiresAt ? Date.parse(i.holdExpiresAt) : i.status === 'leased' && i.leaseEndsAt ? Date.parse(i.leaseEndsAt) + LEASE_GRACE_MS : null;
    return freesAt !== null && freesAt > from && freesAt <= now.getTime();
  });
  return { seats: changed.map((i) => ({ id: i.seatId, status: statusOf(false, i, now) })), asOf: now.toISOString() };
}
