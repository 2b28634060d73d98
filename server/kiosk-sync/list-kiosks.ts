import { listKiosks } from '../store/kiosks.js';
import { listActiveLeases, type LeaseRecord } from '../store/leases.js';
import type { KioskSyncDeps } from './deps.js';
import { kioskView, type KioskView } from './register-kiosk.js';

/** A kiosk counts as online when it synced within this long. */
export const ONLINE_WITHIN_MS = 2 * 60_000;

export interface KioskListEntry extends KioskView {
  online: boolean;
  activeLeases: Pick<LeaseRecord, 'id' | 'showtimeId' | 'seats' | 'endsAt'>[];
}

/** A theater's kiosks with their last sync, unsynced sales (as the kiosk reported them) and active leases. */
export async function listKiosksForTheater(deps: KioskSyncDeps, theaterId: string): Promise<KioskListEntry[]> {
  const now = deps.clock().getTime();
  const kiosks = await listKiosks(deps.db, theaterId);
  return Promise.all(
    kiosks.map(async (k) => ({
      ...kioskView(k),
      online: !k.revokedAt && k.lastSyncAt !== undefined && now - Date.parse(k.lastSyncAt) < ONLINE_WITHIN_MS,
      activeLeases: k.revokedAt ? [] : (await listActiveLeases(deps.db, k.id)).map(({ id, showtimeId, seats, endsAt }) => ({ id, showtimeId, seats, endsAt })),
    })),
  );
}
