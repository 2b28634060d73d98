import type { AdminWords } from './en.js';
import { shellTe } from './shell-te.js';
import { salesTe } from './sales-te.js';
import { venueTe } from './venue-te.js';
import { kiosksTe } from './kiosks-te.js';
import { hintsTe } from './hints-te.js';
import { statesTe } from './states-te.js';
import { auditNotesTe } from './audit-notes-te.js';

/** The admin panel in తెలుగు; typed `AdminWords`, so a missing key fails the typecheck. */
export const te: AdminWords = {
  ...shellTe,
  ...salesTe,
  ...venueTe,
  ...kiosksTe,
  hints: hintsTe,
  states: statesTe,
  auditNotes: auditNotesTe,
  errors: {
    edit_conflict: 'ఇప్పుడే ఎవరో దీన్ని మార్చారు. పేజీని రీలోడ్ చేసి మళ్లీ ప్రయత్నించండి.',
    clock_off: 'ఈ కియోస్క్ గడియారం తప్పుగా ఉంది, కాబట్టి ఆఫ్‌లైన్‌లో అమ్మలేదు. గడియారం సరిచేసి సింక్ చేయండి.',
    conflict_closed: 'ఈ వివాదం ఇప్పటికే పరిష్కరించబడింది.',
  },
};
