import { eq, inArray, notInArray } from 'drizzle-orm';
import type { Snapshot } from '../sync/wire.js';
import { setMeta } from './meta.js';
import type { KioskDb } from './open-db.js';
import { catalog, doorNotices, leases, sales, saleSeats, seats, showtimes, staff, ticketKeys } from './schema.js';

function inChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => void): void {
  for (let i = 0; i < rows.length; i += size) insert(rows.slice(i, i + size));
}

/**
 * Replaces the cache with what the server sent, in one transaction: a page never sees half a
 * sync. The kiosk's own sales are not touched, except that their conflicts and resolutions are
 * brought up to date.
 */
export function applySnapshot(db: KioskDb, snap: Snapshot, now: Date): void {
  db.transaction((tx) => {
    tx.delete(catalog).run();
    tx.insert(catalog)
      .values([
        { kind: 'theater' as const, id: snap.theater.id, body: JSON.stringify(snap.theater) },
        ...snap.screens.map((s) => ({ kind: 'screen' as const, id: s.id, body: JSON.stringify(s) })),
        ...snap.layouts.map((l) => ({ kind: 'layout' as const, id: `${l.screenId}#${l.version}`, body: JSON.stringify(l) })),
      ])
      .run();

    tx.delete(showtimes).run();
    inChunks(snap.showtimes, 200, (chunk) => tx.insert(showtimes).values(chunk.map((s) => ({ id: s.id, startsAt: s.startsAt, body: JSON.stringify(s) }))).run());

    tx.delete(seats).run();
    const seatRows = Object.entries(snap.seats).flatMap(([showtimeId, list]) =>
      list.map((s) => ({
        showtimeId,
        seatId: s.seatId,
        status: s.status,
        holdExpiresAt: s.holdExpiresAt ?? null,
        leaseEndsAt: s.leaseEndsAt ?? null,
        kioskId: s.kioskId ?? null,
        leaseId: s.leaseId ?? null,
        bookingId: s.bookingId ?? null,
      })),
    );
    inChunks(seatRows, 500, (chunk) => tx.insert(seats).values(chunk).run());

    // Leases the server no longer lists have ended; a lease staff asked to return stays `returning`.
    const ids = snap.leases.map((l) => l.id);
    tx.delete(leases).where(ids.length ? notInArray(leases.id, ids) : undefined).run();
    for (const l of snap.leases) {
      tx.insert(leases)
        .values({ id: l.id, showtimeId: l.showtimeId, seats: JSON.stringify(l.seats), endsAt: l.endsAt, status: 'active', auto: l.auto === true })
        .onConflictDoUpdate({ target: leases.id, set: { seats: JSON.stringify(l.seats), endsAt: l.endsAt } })
        .run();
    }

    tx.delete(staff).run();
    if (snap.staff.length) {
      tx.insert(staff)
        .values(snap.staff.map((s) => ({ id: s.id, email: s.email, name: s.name, passwordHash: s.passwordHash, roles: JSON.stringify(s.roles) })))
        .run();
    }

    tx.delete(ticketKeys).run();
    if (snap.ticketKeys.length) tx.insert(ticketKeys).values(snap.ticketKeys.map((k) => ({ kid: k.kid, publicKey: k.publicKey, revokedAt: k.revokedAt ?? null }))).run();

    tx.delete(doorNotices).run();
    const notices = [
      ...[...new Set(snap.voidBookings)].map((id) => ({ kind: 'void_booking' as const, id, body: '{}' })),
      ...[...new Set(snap.cancelledBookings ?? [])].map((id) => ({ kind: 'cancelled_booking' as const, id, body: '{}' })),
      ...snap.scanFlags.map((f) => ({ kind: 'flag' as const, id: f.ticketId, body: JSON.stringify(f) })),
    ];
    inChunks(notices, 300, (chunk) => tx.insert(doorNotices).values(chunk).run());

    for (const c of snap.conflicts) {
      tx.update(sales)
        .set({ status: c.status, reason: c.reason, detail: c.conflictDetail ? null : (c.detail ?? null), detailCode: c.conflictDetail ? JSON.stringify(c.conflictDetail) : null, resolution: c.resolution ? JSON.stringify(c.resolution) : null })
        .where(eq(sales.id, c.saleId))
        .run();
      if (c.status === 'resolved' && c.resolution?.action === 'reseat') {
        tx.update(sales).set({ seats: JSON.stringify(c.resolution.seats ?? []) }).where(eq(sales.id, c.saleId)).run();
      }
    }
    const conflicted = snap.conflicts.map((c) => c.saleId);
    if (conflicted.length) tx.delete(saleSeats).where(inArray(saleSeats.saleId, conflicted)).run();

    setMeta(tx, 'theaterId', snap.theater.id);
    setMeta(tx, 'kioskName', snap.kiosk.name);
    setMeta(tx, 'cachedAt', now.toISOString());
    setMeta(tx, 'clockSkewMs', snap.clockSkewMs);
  });
}
