import { describe, expect, it } from 'vitest';
import { describePolicy } from '../../server/domain/cancellation-policy.js';
import { DEFAULT_CANCELLATION_POLICY } from '../../server/domain/catalog.js';
import { wheelchairPairs } from '../../server/domain/companion-seats.js';
import { AppError } from '../../server/domain/errors.js';
import { displayClasses, parseDisplay, serializeDisplay } from '../../server/domain/i18n/display-prefs.js';
import { chooseLang, intlLocale, negotiateLang } from '../../server/domain/i18n/lang.js';
import { errorText } from '../../views/i18n/error-text.js';
import { i18nFor } from '../../views/i18n/i18n.js';

describe('choosing the page language', () => {
  it('reads Accept-Language by quality, then order, and ignores languages we do not speak', () => {
    expect(negotiateLang('hi-IN,hi;q=0.9,en;q=0.8')).toBe('hi');
    expect(negotiateLang('en-US,te;q=0.9')).toBe('en');
    expect(negotiateLang('ta-IN,te;q=0.7,hi;q=0.5')).toBe('te');
    expect(negotiateLang('fr, de;q=0.5')).toBeNull();
    expect(negotiateLang('te;q=0, hi;q=0.1')).toBe('hi');
    expect(negotiateLang('*')).toBeNull();
    expect(negotiateLang(undefined)).toBeNull();
  });

  it('takes the cookie, else the account, else the browser, else English', () => {
    expect(chooseLang({ cookie: 'te', account: 'hi', acceptLanguage: 'en' })).toBe('te');
    expect(chooseLang({ cookie: 'xx', account: 'hi', acceptLanguage: 'te' })).toBe('hi');
    expect(chooseLang({ account: null, acceptLanguage: 'te-IN' })).toBe('te');
    expect(chooseLang({})).toBe('en');
    expect(intlLocale('hi')).toBe('hi-IN');
  });
});

describe('numbers, money and times per language', () => {
  it('writes rupees with Indian grouping in every language', () => {
    for (const lang of ['en', 'hi', 'te'] as const) {
      const i = i18nFor(lang);
      expect(i.money(162800)).toBe('₹1,628.00');
      expect(i.money(162800, true)).toBe('₹1,628');
      expect(i.money(162850, true)).toBe('₹1,628.50');
      expect(i.money(1_00_00_000_00)).toBe('₹1,00,00,000.00');
      expect(i.num(120000)).toBe('1,20,000');
    }
  });

  it('prints a show time on the theater clock in the page language', () => {
    const startsAt = '2026-12-02T15:00:00Z'; // 8:30 pm in Hyderabad
    expect(i18nFor('en').when(startsAt, 'Asia/Kolkata')).toBe('Wed, 2 Dec, 8:30 pm IST');
    expect(i18nFor('hi').when(startsAt, 'Asia/Kolkata')).toMatch(/^बुध, 2 दिस॰, 8:30 pm IST$/);
    expect(i18nFor('te').when(startsAt, 'Asia/Kolkata')).toMatch(/బుధ/);
    expect(i18nFor('te').when(startsAt, 'Asia/Kolkata')).toMatch(/8:30/);
    // The same instant in Dubai's zone is 7:00 pm.
    expect(i18nFor('hi').clock(startsAt, 'Asia/Dubai')).toMatch(/^7:00/);
  });

  it('names today and tomorrow, then the date', () => {
    expect(i18nFor('hi').day('2026-12-01', 0)).toBe('आज');
    expect(i18nFor('te').day('2026-12-02', 1)).toBe('రేపు');
    expect(i18nFor('en').day('2026-12-03', 2)).toBe('Thu, 3 Dec');
    expect(i18nFor('hi').day('2026-12-03')).toBe('गुरु, 3 दिस॰');
  });

  it('names movie languages and genres for display, leaving unknown ones as stored', () => {
    expect(i18nFor('hi').name('Telugu')).toBe('तेलुगु');
    expect(i18nFor('te').name('Science fiction')).toBe('సైన్స్ ఫిక్షన్');
    expect(i18nFor('te').name('Bhojpuri')).toBe('Bhojpuri');
    expect(i18nFor('en').name('Telugu')).toBe('Telugu');
  });

  it('counts with each language’s plural rules', () => {
    expect(i18nFor('en').t.quote.tickets(1)).toBe('Tickets (1 seat)');
    expect(i18nFor('en').t.quote.tickets(5)).toBe('Tickets (5 seats)');
    expect(i18nFor('hi').t.quote.tickets(1)).toBe('टिकट (1 सीट)');
    expect(i18nFor('hi').t.quote.tickets(5)).toBe('टिकट (5 सीटें)');
    expect(i18nFor('te').t.quote.tickets(1)).toBe('టికెట్లు (1 సీటు)');
    expect(i18nFor('te').t.quote.tickets(5)).toBe('టికెట్లు (5 సీట్లు)');
  });

  it('describes the cancellation policy in the page language', () => {
    const hi = describePolicy(DEFAULT_CANCELLATION_POLICY, i18nFor('hi').t.policy.words);
    expect(hi[0]).toBe('शो से कम से कम 24 घंटे पहले रद्द करने पर टिकट की कीमत का 75% वापस मिलेगा।');
    const te = describePolicy(DEFAULT_CANCELLATION_POLICY, i18nFor('te').t.policy.words);
    expect(te.at(-1)).toBe('షో మొదలైన తర్వాత బుకింగ్‌లను రద్దు చేయలేరు.');
    expect(describePolicy(DEFAULT_CANCELLATION_POLICY)[0]).toBe('Cancel at least 24 hours before the show for 75% of the ticket price back.');
  });
});

describe('error sentences', () => {
  it('keeps the specific English sentence, and says the code’s sentence with its seats in Hindi and Telugu', () => {
    const taken = new AppError('seats_unavailable', 'Seats A10, A2 were just taken — pick others.', { seats: ['A10', 'A2'] });
    expect(errorText(i18nFor('en'), taken)).toBe('Seats A10, A2 were just taken — pick others.');
    expect(errorText(i18nFor('hi'), taken)).toBe('सीटें A2, A10 अभी-अभी किसी और ने ले लीं — दूसरी सीटें चुनें।');
    expect(errorText(i18nFor('te'), new AppError('sales_closed', 'x', { reason: 'started' }))).toBe('ఈ షో ఇప్పటికే మొదలైంది, కాబట్టి ఆన్‌లైన్ అమ్మకాలు ముగిశాయి.');
    expect(errorText(i18nFor('hi'), new AppError('not_found', 'We could not find that booking.'))).toBe('हमें यह नहीं मिला।');
  });
});

describe('display settings and wheelchair pairs', () => {
  it('reads and writes the display cookie', () => {
    expect(parseDisplay('contrast.large')).toEqual({ contrast: true, largeText: true });
    expect(parseDisplay('none')).toEqual({ contrast: false, largeText: false });
    expect(parseDisplay('bogus')).toBeNull();
    expect(serializeDisplay({ contrast: false, largeText: true })).toBe('large');
    expect(displayClasses({ contrast: true, largeText: true })).toBe('theme-contrast text-large');
  });

  it('pairs each free wheelchair space with the nearest free seat beside it that is not a space', () => {
    const seat = (id: string, x: number, type = 'regular', status = 'available') => ({ id, x, y: 0, type, status });
    const row = [seat('A1', 0, 'wheelchair'), seat('A2', 1, 'wheelchair'), seat('A3', 2), seat('A4', 3, 'regular', 'sold'), seat('A5', 5, 'wheelchair'), seat('A6', 6, 'regular', 'sold')];
    expect(wheelchairPairs(row)).toEqual([
      { space: 'A1', companion: 'A3' },
      { space: 'A2', companion: 'A3' },
    ]);
  });
});
