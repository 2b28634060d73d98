import type { KeyObject } from 'node:crypto';
import type { KioskDb } from './db/open-db.js';
import type { SyncEngine } from './sync/sync-engine.js';
import type { ServerClient } from './sync/server-client.js';

export type KioskLog = (level: 'debug' | 'info' | 'warn' | 'error', msg: string, extra?: Record<string, unknown>) => void;

/** What the kiosk's services share; built once in kiosk/main.ts (or by a test). */
export interface KioskContext {
  db: KioskDb;
  clock: () => Date;
  kioskId: string;
  signingKey: KeyObject;
  server: ServerClient;
  sync: SyncEngine;
  log: KioskLog;
}
