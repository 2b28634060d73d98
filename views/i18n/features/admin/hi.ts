import type { AdminWords } from './en.js';
import { shellHi } from './shell-hi.js';
import { salesHi } from './sales-hi.js';
import { venueHi } from './venue-hi.js';
import { kiosksHi } from './kiosks-hi.js';
import { hintsHi } from './hints-hi.js';
import { statesHi } from './states-hi.js';
import { auditNotesHi } from './audit-notes-hi.js';

/** The admin panel in हिन्दी; typed `AdminWords`, so a missing key fails the typecheck. */
export const hi: AdminWords = {
  ...shellHi,
  ...salesHi,
  ...venueHi,
  ...kiosksHi,
  hints: hintsHi,
  states: statesHi,
  auditNotes: auditNotesHi,
  errors: {
    edit_conflict: 'किसी और ने अभी-अभी इसे बदला है। पेज फिर से लोड करें और दोबारा कोशिश करें।',
    clock_off: 'इस कियोस्क की घड़ी ग़लत है, इसलिए यह ऑफ़लाइन नहीं बेच सकता। घड़ी ठीक करें और सिंक करें।',
    conflict_closed: 'यह टकराव पहले ही सुलझाया जा चुका है।',
  },
};
