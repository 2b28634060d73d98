import { describe, expect, it } from 'vitest';
import { en } from '../../views/i18n/en.js';
import { hi } from '../../views/i18n/hi.js';
import { te } from '../../views/i18n/te.js';
import { noticeWords } from '../../server/notify/templates/notice-words.js';
import { en as kioskEn, hi as kioskHi, te as kioskTe } from '../../views/i18n/features/kiosk.js';

type Tree = { [k: string]: unknown };

/** Every leaf of a catalog: strings as they are, message functions called with sample arguments. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (typeof v === 'function') out.set(key, String((v as (...a: unknown[]) => unknown)(...Array.from({ length: v.length }, () => 7))));
    else if (v && typeof v === 'object') for (const [kk, vv] of leaves(v as Tree, key)) out.set(kk, vv);
  }
  return out;
}

/** Words that are the same in every language: payment brands and the file type. */
const SAME_EVERYWHERE = new Set(['UPI']);
/** Keys whose Hindi and Telugu forms legitimately equal English for the sample input. */
const SAME_KEYS = new Set(['search.dayInSentence']);

/** The customer catalog and the kiosk's own (views/i18n/features/kiosk), each checked the same way. */
const CATALOGS = [
  { label: '', en, hi, te },
  { label: 'kiosk ', en: kioskEn, hi: kioskHi, te: kioskTe },
] as const;

describe('message catalogs', () => {
  for (const [name, catalog, english, label] of CATALOGS.flatMap((c) => [['hi', c.hi, c.en, c.label], ['te', c.te, c.en, c.label]] as const)) {
    it(`${label}${name} has every key of en and no other`, () => {
      expect([...leaves(catalog as unknown as Tree).keys()].sort()).toEqual([...leaves(english as unknown as Tree).keys()].sort());
    });

    it(`${label}${name} translates every message (no English left behind)`, () => {
      const mine = leaves(catalog as unknown as Tree);
      const untranslated = [...leaves(english as unknown as Tree)].filter(([k, v]) => mine.get(k) === v && !SAME_EVERYWHERE.has(v) && !SAME_KEYS.has(k)).map(([k]) => k);
      expect(untranslated).toEqual([]);
    });

    it(`${label}${name} writes in its own script`, () => {
      const script = name === 'hi' ? /[\u0900-\u097F]/ : /[\u0C00-\u0C7F]/;
      const latinOnly = [...leaves(catalog as unknown as Tree)].filter(([k, v]) => !script.test(v) && !SAME_EVERYWHERE.has(v) && !SAME_KEYS.has(k) && !/^[{}\s\d:·,()₹.+—-]*$/.test(v.replace(/\{\w+\}/g, '')));
      expect(latinOnly.map(([k]) => k)).toEqual([]);
    });
  }

  it('has no empty message in any language', () => {
    for (const catalog of [en, hi, te, kioskEn, kioskHi, kioskTe]) {
      expect([...leaves(catalog as unknown as Tree)].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    }
  });

  it('has Hindi and Telugu words for every email and SMS', () => {
    for (const lang of ['hi', 'te']) {
      const words = leaves(noticeWords(lang) as unknown as Tree);
      const english = leaves(noticeWords('en') as unknown as Tree);
      expect([...words.keys()].sort()).toEqual([...english.keys()].sort());
      expect([...words].filter(([k, v]) => english.get(k) === v).map(([k]) => k)).toEqual([]);
    }
    expect(noticeWords('xx').locale).toBe('en-IN');
  });
});
