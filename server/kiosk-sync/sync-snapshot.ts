import type { Screen, ScreenLayout, Showtime, Theater } from '../domain/catalog.js';
import { AppError } from '../domain/errors.js';
import { kioskKeyId } from '../domain/kiosk-sale.js';
import { clockSkewMs } from '../domain/lease-rules.js';
import { addDays, localDate } from '../domain/theater-time.js';
import type { RoleGrant } from '../domain/user.js';
import { getLayout, listShowtimesByCityDate, loadCatalog, type Catalog } from '../store/catalog.js';
import type { Db } from '../store/db.js';
import { listSeatsForKiosk, type KioskSeatState } from '../store/kiosk-seats.js';
import { listKiosks, recordKioskSync, type KioskRecord } from '../store/kiosks.js';
import { listActiveLeases } from '../store/leases.js';
import { listCancelledBookings } from '../store/cancelled-bookings.js';
import { listScanFlags, type ScanFlag } from '../store/scans.js';
import { staffOfTheater } from '../store/theater-staff.js';
import { conflictView, type ConflictView } from './conflicts.js';
import { listConflicts } from '../store/kiosk-sales.js';
import type { KioskSyncDeps } from './deps.js';
import { leaseView, type LeaseView } from './create-lease.js';

/** Days of showtimes (theater-local, from today) a kiosk keeps. */
export const SNAPSHOT_DAYS = 3;
const CATALOG_TTL_MS = 30_000;
const DAY_MS = 86_400_000;

export interface SyncSnapshot {
  serverTime: string;
  clockSkewMs: number;
  kiosk: { id: string; name: string; theaterId: string };
  theater: Theater;
  screens: Screen[];
  layouts: ScreenLayout[];
  showtimes: Showtime[];
  seats: Record<string, KioskSeatState[]>;
  leases: LeaseView[];
  /** For offline sign-in: argon2id hashes of the people with a role at this theater. */
  staff: { id: string; email: string; name: string; passwordHash: string; roles: RoleGrant[] }[];
  /**
   * Public keys (base64 SPKI DER) the door accepts: the server's ticket keys and this theater's
   * kiosks'. A revoked kiosk's key comes with `revokedAt`: its tickets open the door only for
   * sales the server applied (the seat is sold to that booking).
   */
  ticketKeys: { kid: string; publicKey: string; revokedAt?: string }[];
  /** This kiosk's conflicts: open ones and those resolved in the last week. */
  conflicts: ConflictView[];
  /** Bookings whose kiosk-printed tickets must not open the door (their sale was never applied, or was refunded). */
  voidBookings: string[];
  /** Bookings of this snapshot's shows that were cancelled (online, by staff, or with their show): the door says "Cancelled". */
  cancelledBookings: string[];
  scanFlags: ScanFlag[];
}

const catalogCache = new Map<string, { at: number; value: Promise<Catalog> }>();
function cachedCatalog(db: Db): Promise<Catalog> {
  const hit = catalogCache.get(db.table);
  if (hit && Date.now() - hit.at < CATALOG_TTL_MS) return hit.value;
  const value = loadCatalog(db);
  catalogCache.set(db.table, { at: Date.now(), value });
  value.catch(() => catalogCache.delete(db.table));
  return value;
}

/**
 * Everything a kiosk caches to sell and check in on its own for the next days, and the record of
 * its sync (when, how many sales it still holds, how far its clock is off).
 */
export async function syncSnapshot(
  deps: KioskSyncDeps,
  kiosk: KioskRecord,
  report: { kioskNow?: string; pendingSales?: number },
): Promise<SyncSnapshot> {
  const now = deps.clock();
  const skew = report.kioskNow && !Number.isNaN(Date.parse(report.kioskNow)) ? clockSkewMs(new Date(report.kioskNow), now) : 0;
  const catalog = await cachedCatalog(deps.db);
  const theater = catalog.theaters.find((t) => t.id === kiosk.theaterId);
  if (!theater) throw new AppError('not_found', 'This kiosk’s theater no longer exists.');
  const screens = catalog.screens.filter((s) => s.theaterId === theater.id);

  const today = localDate(now, theater.timezone);
  const dates = Array.from({ length: SNAPSHOT_DAYS + 1 }, (_, i) => addDays(today, i - 1));
  const showtimes = (await Promise.all(dates.map((d) => listShowtimesByCityDate(deps.db, theater.cityId, d))))
    .flat()
    .filter((s) => s.theaterId === theater.id && Date.parse(s.endsAt) > now.getTime())
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  const layoutKeys = new Map<string, [string, number]>();
  for (const s of screens) layoutKeys.set(`${s.id}#${s.layoutVersion}`, [s.id, s.layoutVersion]);
  for (const s of showtimes) layoutKeys.set(`${s.screenId}#${s.layoutVersion}`, [s.screenId, s.layoutVersion]);

  const resolvedSince = new Date(now.getTime() - 7 * DAY_MS).toISOString();
  const firstStart = showtimes[0]?.startsAt ?? now.toISOString();
  const [layouts, seatLists, leases, staff, kiosks, conflicts, scanFlags, cancelled] = await Promise.all([
    Promise.all([...layoutKeys.values()].map(([id, v]) => getLayout(deps.db, id, v))),
    Promise.all(showtimes.map((s) => listSeatsForKiosk(deps.db, s.id))),
    listActiveLeases(deps.db, kiosk.id),
    staffOfTheater(deps.db, theater.id),
    listKiosks(deps.db, theater.id),
    listConflicts(deps.db, theater.id, { resolvedSince }),
    listScanFlags(deps.db, theater.id, new Date(now.getTime() - DAY_MS).toISOString()),
    listCancelledBookings(deps.db, theater.id, firstStart),
  ]);

  await recordKioskSync(deps.db, kiosk.id, { at: now, pendingSales: report.pendingSales ?? 0, clockSkewMs: skew });

  return {
    serverTime: now.toISOString(),
    clockSkewMs: skew,
    kiosk: { id: kiosk.id, name: kiosk.name, theaterId: kiosk.theaterId },
    theater,
    screens,
    layouts: layouts.filter((l): l is ScreenLayout => l !== null),
    showtimes,
    seats: Object.fromEntries(showtimes.map((s, i) => [s.id, seatLists[i]])),
    leases: leases.map(leaseView),
    staff: staff.map((u) => ({
      id: u.id,
      email: u.email,
      name: u.name,
      passwordHash: u.passwordHash,
      roles: u.roles.map((g) => ({ role: g.role, theaterIds: g.theaterIds.filter((t) => t === theater.id) })).filter((g) => g.theaterIds.length > 0),
    })),
    ticketKeys: [
      ...[...deps.ticketKeys.publicKeys].map(([kid, key]) => ({ kid, publicKey: key.export({ format: 'der', type: 'spki' }).toString('base64') })),
      ...kiosks.filter((k) => k.publicKey).map((k) => ({ kid: kioskKeyId(k.id), publicKey: k.publicKey!, ...(k.revokedAt ? { revokedAt: k.revokedAt } : {}) })),
    ],
    conflicts: conflicts.filter((c) => c.kioskId === kiosk.id).map(conflictView),
    voidBookings: conflicts.filter((c) => c.status === 'conflict' || c.resolution?.action === 'refund').map((c) => c.bookingId),
    cancelledBookings: cancelled.map((c) => c.bookingId),
    scanFlags,
  };
}
