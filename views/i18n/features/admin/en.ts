import { shellEn } from './shell-en.js';
import { salesEn } from './sales-en.js';
import { venueEn } from './venue-en.js';
import { kiosksEn } from './kiosks-en.js';
import { hintsEn } from './hints-en.js';
import { statesEn } from './states-en.js';
import { auditNotesEn } from './audit-notes-en.js';
/**
 * The admin panel's words in English: the keys every language must have (see ../admin.ts).
 * Each area's words are in their own file (shell-, sales-, venue-, kiosks-en.ts), spread here in the catalog's key order.
 */
export const en = {
  ...shellEn,
  ...salesEn,
  ...venueEn,
  ...kiosksEn,
  /** Form hints by code (hints-en.ts). */
  hints: hintsEn,
  /** Stored states by value (states-en.ts). */
  states: statesEn,
  /** Audit before/after values from their facts (audit-notes-en.ts). */
  auditNotes: auditNotesEn,
  /** Sentences for the error codes only staff and kiosks meet (the generic ones are in `errors.codes`). */
  errors: {
    edit_conflict: 'Someone else changed this a moment ago. Reload the page and try again.',
    clock_off: 'This kiosk’s clock is wrong, so it cannot sell offline. Set the clock and sync.',
    conflict_closed: 'This conflict has already been resolved.',
  },
};

export type AdminWords = typeof en;
