/**
 * The admin panel's words in the three languages (box-office staff in Hyderabad read it in Telugu).
 * en.ts, hi.ts and te.ts mount them as `admin`; `AdminWords` (the English shape) makes a key missing in Hindi or Telugu
 * fail the typecheck. Numbers, money and dates come in already formatted by the page's I18n
 * helpers; theater names, movie titles, seat ids, booking ids and emails are passed through as they are.
 * CSV downloads keep English column headers (spreadsheets and scripts read them).
 */
export { en } from './admin/en.js';
export { hi } from './admin/hi.js';
export { te } from './admin/te.js';
