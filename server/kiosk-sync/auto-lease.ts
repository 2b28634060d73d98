import { createHash } from 'node:crypto';
import { autoLeaseEnd, pickLeaseSeats, showsToAutoLease } from '../domain/auto-lease.js';
import { seatIsFree } from '../domain/hold-rules.js';
import { salesState } from '../domain/sales-window.js';
import { addDays, localDate } from '../domain/theater-time.js';
import { cachedTheater } from '../booking/catalog-cache.js';
import { layoutSeats } from '../booking/layouts.js';
import { seatsChanged } from '../booking/seat-state-cache.js';
import { listShowtimesByCityDate } from '../store/catalog.js';
import { listSeatsForKiosk } from '../store/kiosk-seats.js';
import type { KioskRecord } from '../store/kiosks.js';
import { createLease, listActiveLeases, type LeaseRecord } from '../store/leases.js';
import { leaseView, type LeaseView } from './create-lease.js';
import type { KioskSyncDeps } from './deps.js';

/**
 * One auto lease per kiosk and show, ever: its id is made from both, and the lease item is
 * written on `attribute_not_exists`, so two syncs (or two servers) can never lease a show twice,
 * and a show whose auto lease was returned or revoked is not leased again.
 */
export const autoLeaseId = (kioskId: string, showtimeId: string) =>
  `auto${createHash('sha256').update(`${kioskId}|${showtimeId}`).digest('hex').slice(0, 16).toUpperCase()}`;

/**
 * The theater's auto-lease rule, asked for by a kiosk at sync: for each show starting within the
 * rule's hours that this kiosk has no lease for, the server picks N free seats (a block in a good
 * row) and leases them through the same all-or-none conditional transaction staff leases use —
 * never a seat held, sold or leased elsewhere. The lease ends `returnMinutesBefore` the start;
 * the kiosk gives back what it did not sell then, and the server reclaims it after the grace
 * anyway. Returns the leases made now (none when the rule is off).
 */
export async function autoLeaseForKiosk(deps: KioskSyncDeps, kiosk: KioskRecord): Promise<LeaseView[]> {
  if (kiosk.revokedAt) return [];
  const theater = await cachedTheater(deps.db, kiosk.theaterId);
  const rule = theater?.autoLease;
  if (!theater || !rule) return [];
  const now = deps.clock();
  const today = localDate(now, theater.timezone);
  const lastDay = localDate(new Date(now.getTime() + rule.hoursAhead * 3_600_000), theater.timezone);
  const dates = [today];
  while (dates[dates.length - 1] < lastDay && dates.length < 5) dates.push(addDays(dates[dates.length - 1], 1));
  const shows = (await Promise.all(dates.map((d) => listShowtimesByCityDate(deps.db, theater.cityId, d))))
    .flat()
    .filter((s) => s.theaterId === theater.id && salesState(s, now, 'kiosk').open);
  const leased = new Set((await listActiveLeases(deps.db, kiosk.id)).map((l) => l.showtimeId));
  const made: LeaseView[] = [];
  for (const show of showsToAutoLease(shows, rule, now, leased)) {
    const layout = await layoutSeats(deps.db, show.screenId, show.layoutVersion);
    const items = new Map((await listSeatsForKiosk(deps.db, show.id)).map((s) => [s.seatId, s]));
    const free = new Set(layout.filter((s) => seatIsFree(items.get(s.id), now)).map((s) => s.id));
    // Two tries: a seat taken between the read and the write is left out of the second pick.
    for (let attempt = 0; attempt < 2; attempt++) {
      const seats = pickLeaseSeats(layout, free, rule.seatsPerShow);
      if (seats.length === 0) break;
      const lease: LeaseRecord = {
        id: autoLeaseId(kiosk.id, show.id),
        kioskId: kiosk.id,
        theaterId: kiosk.theaterId,
        showtimeId: show.id,
        seats,
        endsAt: autoLeaseEnd(show, rule).toISOString(),
        status: 'active',
        createdAt: now.toISOString(),
        createdBy: `auto-lease:${kiosk.id}`,
        auto: true,
      };
      const result = await createLease(deps.db, lease, now);
      if (result.ok) {
        seatsChanged(deps.db, show.id);
        made.push(leaseView(lease));
        break;
      }
      if (result.leaseExists) break;
      for (const s of result.takenSeats) free.delete(s);
    }
  }
  if (made.length) deps.log('info', 'auto-leased seats', { kioskId: kiosk.id, leases: made.map((l) => `${l.showtimeId}:${l.seats.join(',')}`) });
  return made;
}
