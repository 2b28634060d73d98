import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTheaterScreens } from '../../../server/store/catalog-admin.js';
import { te as teCatalog } from '../../../views/i18n/te.js';
import { i18nFor } from '../../../views/i18n/i18n.js';
import { hintText } from '../../../views/admin/form-errors.js';
import type { FieldHint } from '../../../server/domain/field-hints.js';
import { layoutForm } from '../../helpers/admin-fixtures.js';
import { withDemoData } from '../../helpers/customers.js';
import { staffMember } from '../../helpers/staff.js';
import { createTestEnv, type TestEnv } from '../../helpers/test-app.js';

/**
 * Refused admin forms on a Telugu (and Hindi) page: every sentence beside a field and at the top
 * of the form is the catalog's hint for the service's code, never the service's English.
 */
let env: TestEnv;
let owner: Awaited<ReturnType<typeof staffMember>>;
let showId: string;
const q = '?theater=charminar-cinemas';

beforeAll(async () => {
  env = await createTestEnv();
  await withDemoData(env);
  owner = await staffMember(env, [{ role: 'owner', theaterIds: ['charminar-cinemas'] }]);
  await owner.request('POST', '/admin/screens', { form: layoutForm('charminar-cinemas', ['rrrrrrrr', 'pppppppp'], { name: 'Language Screen' }) });
  const screenId = (await listTheaterScreens(env.db, 'charminar-cinemas')).find((s) => s.name === 'Language Screen')!.id;
  const res = await owner.post('/api/v1/admin/showtimes', {
    movieId: 'chai-and-chaos',
    screenId,
    startsAt: '2026-12-06T18:00:00+05:30',
    language: 'Hindi',
    format: '2D',
    prices: { regular: 20000, premium: 30000 },
  });
  expect(res.status).toBe(201);
  showId = ((await res.json()) as { showtime: { id: string } }).showtime.id;
});
afterAll(() => env.close());

const say = (lang: 'hi' | 'te', hint: FieldHint) => hintText(i18nFor(lang), hint);
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The sentences shown as errors: beside fields and at the top of the form. */
function errorsShown(html: string): string[] {
  return [...html.matchAll(/<p[^>]*class="(?:field-error|form-error)"[^>]*>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1].replace(/<[^>]+>/g, '').trim()));
}

/** Posts a form in `lang`; every error sentence must be in that script, and none of `english` may appear. */
async function refused(lang: 'te' | 'hi', path: string, form: Record<string, string>, english: string[]): Promise<{ html: string; shown: string[] }> {
  owner.cookies.set('lang', lang);
  const res = await owner.request('POST', path, { form });
  expect(res.status, path).toBeGreaterThanOrEqual(400);
  const html = decode(await res.text());
  expect(html, path).toContain(`<html lang="${lang}"`);
  const shown = errorsShown(html);
  expect(shown.length, path).toBeGreaterThan(0);
  const script = lang === 'te' ? /[\u0C00-\u0C7F]/ : /[\u0900-\u097F]/;
  for (const s of shown) expect(s, `${path}: "${s}"`).toMatch(script);
  for (const e of english) expect(html, path).not.toContain(e);
  return { html, shown };
}

const THEATER = {
  name: 'X',
  address: 'Road',
  amenities: '',
  convenienceFeePercent: '12',
  cleaningMinutes: 'soon',
  cityId: 'hyderabad',
  newCity: '',
  timezone: 'Asia/Hyderabad',
  tierHours0: '800',
  tierPercent0: '50',
};

describe('refused admin forms in Telugu and Hindi', () => {
  it('te: the theater form says each field’s hint in Telugu', async () => {
    const { shown } = await refused('te', '/admin/theaters', THEATER, [
      'Give the theater a name.',
      'Give the street address.',
      'The convenience fee may be at most 10%.',
      'Cleaning time must be a whole number.',
      'That is not an IANA time zone',
      'Please correct the fields marked below.',
    ]);
        expect(shown).toEqual(
      expect.arrayContaining([
        teCatalog.register.fixFields,
        say('te', { code: 'minChars', min: 2 }),
        say('te', { code: 'minChars', min: 5 }),
        say('te', { code: 'maxPercent', max: 10 }),
        say('te', { code: 'wholeNumber' }),
        say('te', { code: 'timezone' }),
      ]),
    );
    // The refund tiers are checked once the rest is right.
    const tiers = await refused('te', '/admin/theaters', { ...THEATER, name: 'Lake View', address: 'Tank Bund Road', convenienceFeePercent: '1.5', cleaningMinutes: '20', timezone: 'Asia/Kolkata' }, [
      'Hours before the show: 0 to 720.',
      'Please correct the cancellation policy.',
    ]);
    expect(tiers.shown).toContain(say('te', { code: 'between', min: 0, max: 720 }));
  });

  it('hi: the theater form in Hindi', async () => {
    const { shown } = await refused('hi', '/admin/theaters', THEATER, ['Give the theater a name.', 'Cleaning time must be a whole number.']);
    expect(shown).toContain(say('hi', { code: 'wholeNumber' }));
  });

  it('te: the screen name, a bad row and a repeated row label in the layout editor and its preview', async () => {
    const unnamed = await refused('te', '/admin/screens', layoutForm('charminar-cinemas', ['rrrr'], { name: '' }), ['Up to 40 characters.', 'Give the screen a name']);
    expect(unnamed.shown).toContain(say('te', { code: 'required' }));

    const bad = await refused('te', '/admin/screens', layoutForm('charminar-cinemas', ['rrrr', 'rrzr'], { name: 'Screen 9' }), ['use only r, p, R, c, w, x']);
    const rowB = say('te', { code: 'rowCells', row: 'B' });
    expect(bad.shown.filter((s) => s === rowB)).toHaveLength(3); // at the top, under row B and in the preview

    const twice = { ...layoutForm('charminar-cinemas', ['rrrr', 'rrrr'], { name: 'Screen 9' }), label_0: 'A', label_1: 'A' };
    const dup = await refused('te', '/admin/screens', twice, ['appears twice']);
    expect(dup.shown).toContain(say('te', { code: 'rowTwice', row: 'A' }));

    owner.cookies.set('lang', 'te');
    const preview = decode(await (await owner.request('POST', '/admin/layout-preview', { form: twice })).text());
    expect(errorsShown(preview)).toEqual([say('te', { code: 'rowTwice', row: 'A' })]);
    const blocked = decode(await (await owner.request('POST', '/admin/layout-preview', { form: layoutForm('charminar-cinemas', ['xxxx']) })).text());
    expect(errorsShown(blocked)).toEqual([say('te', { code: 'allBlocked' })]);
  });

  it('te and hi: the movie form', async () => {
    const movie = { title: '', languages: '', genres: '', certificate: 'Z', durationMinutes: '10', synopsis: '', cast: '', releaseDate: 'soon' };
    const english = ['Give the title.', 'Give at least one language', 'Choose the CBFC certificate.', 'Duration must be between 30 and 360.', 'Give the release date as YYYY-MM-DD.'];
    const te = await refused('te', '/admin/movies', movie, english);
        expect(te.shown).toEqual(
      expect.arrayContaining([say('te', { code: 'required' }), say('te', { code: 'atLeastOne' }), say('te', { code: 'certificate' }), say('te', { code: 'wholeBetween', min: 30, max: 360 }), say('te', { code: 'date' })]),
    );
    const hi = await refused('hi', '/admin/movies', movie, english);
    expect(hi.shown).toContain(say('hi', { code: 'certificate' }));
  });

  it('te: the schedule form (dates, times, screen)', async () => {
    const base = { theaterId: 'charminar-cinemas', movieId: 'chai-and-chaos', screenId: 'nope', firstDate: '2026-12-10', lastDate: '2026-12-10', times: '18:00', language: 'Hindi', format: '2D', price_regular: '200' };
    const screen = await refused('te', '/admin/showtimes', base, ['Choose a screen.', 'Choose one of this theater']);
    expect(screen.shown).toContain(say('te', { code: 'chooseScreen' }));
    const screenId = (await listTheaterScreens(env.db, 'charminar-cinemas')).find((s) => s.name === 'Language Screen')!.id;
    const time = await refused('te', '/admin/showtimes', { ...base, screenId, times: '25:99' }, ['is not a time of day']);
    expect(time.shown).toContain(say('te', { code: 'timeOfDay', text: '25:99' }));
    const order = await refused('te', '/admin/showtimes', { ...base, screenId, lastDate: '2026-12-01' }, ['The last date must not be before the first date.']);
    expect(order.shown).toContain(say('te', { code: 'lastBeforeFirst' }));
  });

  it('te: a show that clashes with another names it, its times and the cleaning time in Telugu', async () => {
    const screenId = (await listTheaterScreens(env.db, 'charminar-cinemas')).find((s) => s.name === 'Language Screen')!.id;
    const form = { theaterId: 'charminar-cinemas', movieId: 'chai-and-chaos', screenId, firstDate: '2026-12-06', lastDate: '2026-12-06', times: '19:00', language: 'Hindi', format: '2D', price_regular: '200', price_premium: '300' };
    const clash = await refused('te', '/admin/showtimes', form, [' is busy: ', 'minutes of cleaning']);
    const busy = clash.shown.find((x) => x.startsWith('Language Screen ఖాళీగా లేదు: 2026-12-06న 18:00–'));
    expect(busy, clash.shown.join(' | ')).toBeTruthy();
    expect(busy).toContain('Chai');
  });

  it('te: new prices and a move of one show', async () => {
    const prices = await refused('te', `/admin/showtimes/${showId}/prices`, { price_regular: 'abc', price_premium: '' }, ['whole paise', 'Give a price for premium seats.', 'This screen needs prices for']);
    expect(prices.shown).toEqual(expect.arrayContaining([say('te', { code: 'priceRange', maxRupees: 10000 }), say('te', { code: 'priceMissing' })]));
    const move = await refused('te', `/admin/showtimes/${showId}/move`, { date: 'tomorrow', time: '6pm' }, ['Give the new date (YYYY-MM-DD) and time (HH:MM).']);
    expect(move.shown).toEqual(expect.arrayContaining([say('te', { code: 'date' }), say('te', { code: 'time' })]));
  });

  it('te: a counter sale with a bad payment method, email and phone; and with no seats', async () => {
    const sale = { saleKey: 'lang-sale-key-0001', method: 'cheque', name: '', email: 'ravi@', phone: '12', seats: 'A1' };
    const bad = await refused('te', `/admin/showtimes/${showId}/sell`, sale, ['Choose cash, card or UPI.', 'That email address does not look right.', 'Give a mobile number']);
    expect(bad.shown).toEqual(expect.arrayContaining([say('te', { code: 'paymentMethod' }), say('te', { code: 'email' }), say('te', { code: 'phone' })]));
    const { seats: _seats, ...noSeats } = sale;
    const none = await refused('te', `/admin/showtimes/${showId}/sell`, { ...noSeats, method: 'cash', email: '', phone: '' }, ['Pick the seats on the map first.', 'Pick at least one seat.']);
    expect(none.shown).toContain(say('te', { code: 'pickSeats' }));
  });

  it('te and hi: an invitation with a bad email, and a kiosk without a name', async () => {
    const invite = await refused('te', `/admin/staff/invite${q}`, { email: 'not-an-email', role: 'staff' }, ['Give the email address of the person to invite.', 'An email address.']);
    expect(invite.shown).toContain(say('te', { code: 'email' }));
    const kiosk = await refused('te', `/admin/kiosks${q}`, { name: '   ' }, ['Give the kiosk a name of up to 60 characters.', 'Up to 60 characters.']);
    expect(kiosk.shown).toContain(say('te', { code: 'required' }));
    const hiKiosk = await refused('hi', `/admin/kiosks${q}`, { name: 'K'.repeat(61) }, ['Up to 60 characters.']);
    expect(hiKiosk.shown).toContain(say('hi', { code: 'maxChars', max: 60 }));
  });

  it('te: a lease of seats the screen does not have, and a badly written seat list', async () => {
    owner.cookies.set('lang', 'te');
    const made = decode(await (await owner.request('POST', `/admin/kiosks${q}`, { form: { name: 'Foyer kiosk' } })).text());
    const kioskId = /<select id="lease-kiosk" name="kioskId"[^>]*>\s*<option value="([^"]+)"/.exec(made)?.[1];
    expect(kioskId).toBeTruthy();
    const unknown = await refused('te', `/admin/leases${q}`, { kioskId: kioskId!, showtimeId: showId, seats: 'Z99' }, ['cannot be leased']);
    expect(unknown.shown).toContain(say('te', { code: 'leaseSeats', seats: 'Z99' }));
    const badList = await refused('te', `/admin/leases${q}`, { kioskId: kioskId!, showtimeId: showId, seats: 'A1-B2' }, ['is not a range within one row', 'A range stays in one row']);
    expect(badList.shown).toContain(say('te', { code: 'seatRange' }));
  });

  it('keeps the English sentences on an English page and in the JSON API, with the hints beside them', async () => {
    owner.cookies.delete('lang');
    const html = decode(await (await owner.request('POST', '/admin/theaters', { form: THEATER })).text());
    expect(html).toContain('Give the theater a name.');
    expect(html).toContain('Cleaning time must be a whole number.');
    const res = await owner.post('/api/v1/admin/showtimes', { movieId: 'chai-and-chaos', screenId: 'x', startsAt: '2026-12-06T18:00:00+05:30', language: 'Hindi', format: '2D', prices: {} });
    const screenId = (await listTheaterScreens(env.db, 'charminar-cinemas')).find((s) => s.name === 'Language Screen')!.id;
    expect(res.status).toBe(404);
    const api = await owner.post('/api/v1/admin/showtimes', { movieId: 'chai-and-chaos', screenId, startsAt: '2026-12-07T18:00:00+05:30', language: 'Hindi', format: '2D', prices: { regular: 0 } });
    expect(api.status).toBe(400);
    const body = (await api.json()) as { error: { code: string; message: string; details: { fields: Record<string, string>; hints: Record<string, unknown> } } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.details.fields['prices.premium']).toBe('Give a price for premium seats.');
    expect(body.error.details.hints).toEqual({ 'prices.regular': { code: 'priceRange', maxRupees: 10000 }, 'prices.premium': { code: 'priceMissing' } });
  });
});
