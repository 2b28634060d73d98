/**
 * The kiosk services, for the kiosk API (server/routes/api-kiosk*.ts) and the admin panel's
 * kiosk, lease and conflict pages. Callers check permissions first (`kiosk.manage`,
 * `lease.manage`, `conflict.resolve` at the theater); see docs/kiosk.md.
 */
export type { KioskSyncDeps } from './deps.js';
export { kioskSyncDeps } from './deps.js';
export { registerKiosk, revokeKiosk, findKiosk, type KioskView } from './register-kiosk.js';
export { listKiosksForTheater, type KioskListEntry } from './list-kiosks.js';
export { createLease, type LeaseView } from './create-lease.js';
export { findLease, finishLease, renewLease } from './end-lease.js';
export { listConflicts, findConflict, resolveConflict, type ConflictView, type Resolution } from './conflicts.js';
