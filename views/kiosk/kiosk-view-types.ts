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
