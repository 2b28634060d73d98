import { createContext, useContext } from 'hono/jsx';
import { intlLocale, type Lang } from '../../server/domain/i18n/lang.js';
import { formatInr } from '../../server/domain/money.js';
import { dateLabel, timeLabel } from '../../server/domain/theater-time.js';
import { dataName } from './data-names.js';
import { en, type Messages } from './en.js';
import { hi } from './hi.js';
import { te } from './te.js';

export const CATALOGS: Record<Lang, Messages> = { en, hi, te };

/** A page's language: its words, and numbers, money and times drawn through Intl in its locale. */
export interface I18n {
  lang: Lang;
  /** hi-IN, te-IN or en-IN. */
  locale: string;
  t: Messages;
  /** ₹1,628.00, or ₹1,628 with `whole` when there are no paise. */
  money: (paise: number, whole?: boolean) => string;
  num: (n: number) => string;
  /** A show's start on the theater's clock: "Wed, 2 Dec, 8:30 pm IST". */
  when: (iso: string, timeZone: string) => string;
  /** "8:30 pm" on the theater's clock. */
  clock: (iso: string, timeZone: string) => string;
  /** "Today", "Tomorrow", else "Thu, 3 Dec"; `fromToday` is how many days after the theater's today. */
  day: (date: string, fromToday?: number) => string;
  /** "2 December 2026" in India's zone. */
  longDate: (iso: string) => string;
  /** A movie language or genre as the catalog stores it, named in the page language. */
  name: (stored: string) => string;
}

function build(lang: Lang): I18n {
  const locale = intlLocale(lang);
  const t = CATALOGS[lang];
  const whenFormats = new Map<string, Intl.DateTimeFormat>();
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Asia/Kolkata' });
  const nums = new Intl.NumberFormat(locale);
  return {
    lang,
    locale,
    t,
    money: (paise, whole = false) => formatInr(paise, { locale, withPaise: !whole }),
    num: (n) => nums.format(n),
    when: (iso, timeZone) => {
      let f = whenFormats.get(timeZone);
      if (!f) {
        f = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', hour12: true, timeZoneName: 'short' });
        whenFormats.set(timeZone, f);
      }
      return f.format(new Date(iso));
    },
    clock: (iso, timeZone) => timeLabel(new Date(iso), timeZone, locale),
    day: (date, fromToday) => (fromToday === 0 ? t.common.today : fromToday === 1 ? t.common.tomorrow : dateLabel(date, locale)),
    name: (stored) => dataName(lang, stored),
    longDate: (iso) => {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : long.format(d);
    },
  };
}

const BY_LANG = new Map<Lang, I18n>();

export function i18nFor(lang: Lang): I18n {
  let i = BY_LANG.get(lang);
  if (!i) {
    i = build(lang);
    BY_LANG.set(lang, i);
  }
  return i;
}

/** The page's language for every component below the Layout; English where none is provided. */
export const I18nContext = createContext<I18n>(i18nFor('en'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
