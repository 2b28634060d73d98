import { cachedShowtime } from './catalog-cache.js';
import type { Db } from '../store/db.js';
import { layoutSeats } from './layouts.js';
import { seatChanges, type MapSeat } from './seat-map.js';

/**
 * The seats that changed since `since`, complete enough to redraw them (row, number, type,
 * price). A quiet poll costs one Query; the show and its cached layout are read only when
 * something changed.
 */
export async function seatUpdates(db: Db, showtimeId: string, since: Date, now: Date): Promise<{ seats: MapSeat[]; asOf: string }> {
  const changes = await seatChanges(db, showtimeId, since, now);
  if (changes.seats.length === 0) return { seats: [], asOf: changes.asOf };
  const show = await cachedShowtime(db, showtimeId);
  if (!show) return { seats: [], asOf: changes.asOf };
  const layout = new Map((await layoutSeats(db, show.screenId, show.layoutVersion)).map((s) => [s.id, s]));
  const seats: MapSeat[] = [];
  for (const change of changes.seats) {
    const s = layout.get(change.id);
    if (!s) continue;
    seats.push({
      id: s.id,
      row: s.row,
      number: s.number,
      x: s.x,
      y: s.y,
      type: s.type,
      priceMinor: show.prices[s.type] ?? 0,
      status: s.blocked ? 'blocked' : change.status,
    });
  }
  return { seats, asOf: changes.asOf };
}
