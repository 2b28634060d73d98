/** What every kiosk page shows in its header (views render what they are given). */
export interface KioskHeaderInfo {
  kioskName: string;
  theaterName: string;
  online: boolean;
  /** e.g. "2 min ago"; null before the first sync. */
  lastSync: string | null;
  cacheAge: string | null;
  pendingSales: number;
  openConflicts: number;
  staffName: string | null;
}

/** Why the door refused a ticket: the code a scan record keeps (the page says it in its language). */
export type DoorRefusal = 'malformed' | 'unknown_key' | 'bad_signature' | 'other_show' | 'void' | 'cancelled' | 'revoked_kiosk' | 'resold' | 'already_in';
