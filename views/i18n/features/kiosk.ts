/**
 * The kiosk's box-office words in the three languages, picked by the `lang` cookie (English by
 * default). `KioskWords` (the English shape) makes a key missing in Hindi or Telugu fail the
 * typecheck. Movie titles, seat ids, booking ids and the service's error sentences pass through as they are.
 */
import { useI18n } from '../i18n.js';
import { en, type KioskWords } from './kiosk/en.js';
import { hi } from './kiosk/hi.js';
import { te } from './kiosk/te.js';

export { en, hi, te, type KioskWords };

export const KIOSK_WORDS = { en: en as KioskWords, hi, te };

/** The kiosk's words in the page's language (from the I18nContext the kiosk layout provides). */
export function useKioskWords(): KioskWords {
  return KIOSK_WORDS[useI18n().lang];
}
