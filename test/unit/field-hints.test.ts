import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkPrices } from '../../admin/services/show-prices.js';
import { parseForm } from '../../admin/services/form-input.js';
import { specOf } from '../../admin/services/layout-editor.js';
import { checkScreenName } from '../../admin/services/screens.js';
import { parseSeatList } from '../../admin/services/seat-list.js';
import { AppError } from '../../server/domain/errors.js';
import type { FieldHint, HintCode } from '../../server/domain/field-hints.js';
import { repeatStarts } from '../../server/domain/repeat-schedule.js';
import { hintText } from '../../views/admin/form-errors.js';
import { i18nFor } from '../../views/i18n/i18n.js';

/** One example of every hint code (typed: a new code without an example fails the typecheck). */
const SAMPLES: { [C in HintCode]: Extract<FieldHint, { code: C }> } = {
  invalid: { code: 'invalid' },
  required: { code: 'required' },
  maxChars: { code: 'maxChars', max: 40 },
  minChars: { code: 'minChars', min: 10 },
  wholeNumber: { code: 'wholeNumber' },
  wholeBetween: { code: 'wholeBetween', min: 30, max: 360 },
  between: { code: 'between', min: 0, max: 720 },
  rupees: { code: 'rupees' },
  maxItems: { code: 'maxItems', max: 8 },
  itemLength: { code: 'itemLength', max: 30 },
  atLeastOne: { code: 'atLeastOne' },
  percent: { code: 'percent' },
  maxPercent: { code: 'maxPercent', max: 10 },
  timezone: { code: 'timezone' },
  chooseCity: { code: 'chooseCity' },
  nameTaken: { code: 'nameTaken' },
  tierHoursTwice: { code: 'tierHoursTwice' },
  certificate: { code: 'certificate' },
  date: { code: 'date' },
  time: { code: 'time' },
  past: { code: 'past' },
  oneOf: { code: 'oneOf', options: ['2D', '3D'] },
  chooseScreen: { code: 'chooseScreen' },
  priceMissing: { code: 'priceMissing' },
  priceRange: { code: 'priceRange', maxRupees: 10000 },
  posterMissing: { code: 'posterMissing' },
  posterTooBig: { code: 'posterTooBig', mb: 2 },
  posterType: { code: 'posterType' },
  postersOff: { code: 'postersOff' },
  uploadUnreadable: { code: 'uploadUnreadable' },
  staleForm: { code: 'staleForm' },
  paymentMethod: { code: 'paymentMethod' },
  email: { code: 'email' },
  phone: { code: 'phone' },
  pickSeats: { code: 'pickSeats' },
  seatList: { code: 'seatList' },
  seatRange: { code: 'seatRange' },
  chooseRole: { code: 'chooseRole' },
  resendWait: { code: 'resendWait', minutes: 10 },
  inviteWithdrawn: { code: 'inviteWithdrawn' },
  inviteAccepted: { code: 'inviteAccepted' },
  tickToConfirm: { code: 'tickToConfirm' },
  leaseMax: { code: 'leaseMax', max: 40 },
  leaseSeats: { code: 'leaseSeats', seats: 'Z9' },
  kioskRevoked: { code: 'kioskRevoked' },
  screenBusy: { code: 'screenBusy', screen: 'Screen 1', movie: 'Chai', from: '18:00', to: '20:50', date: '2026-12-06', cleaning: 20 },
  cancelMode: { code: 'cancelMode' },
  rowsNone: { code: 'rowsNone' },
  rowsMax: { code: 'rowsMax', max: 60 },
  rowCells: { code: 'rowCells', row: 'B' },
  rowTooLong: { code: 'rowTooLong', row: 'B', max: 100 },
  rowNoSeats: { code: 'rowNoSeats', row: 'B' },
  rowLabel: { code: 'rowLabel', row: 'b1' },
  rowTwice: { code: 'rowTwice', row: 'A' },
  rowUnknownCell: { code: 'rowUnknownCell', row: 'B', cell: 'z', position: 3 },
  allBlocked: { code: 'allBlocked' },
  lastBeforeFirst: { code: 'lastBeforeFirst' },
  timesNone: { code: 'timesNone' },
  timeOfDay: { code: 'timeOfDay', text: '25:99' },
  maxDays: { code: 'maxDays', max: 31 },
  noDays: { code: 'noDays' },
  tooManyShows: { code: 'tooManyShows', count: 45, max: 40 },
};

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('form hints', () => {
  it('every code has a sentence in Hindi (Devanagari) and Telugu script, different from the English', () => {
    for (const hint of Object.values(SAMPLES)) {
      expect(hintText(i18nFor('hi'), hint), hint.code).toMatch(/[\u0900-\u097F]/);
      expect(hintText(i18nFor('te'), hint), hint.code).toMatch(/[\u0C00-\u0C7F]/);
      expect(hintText(i18nFor('en'), hint), hint.code).toMatch(/^[\x20-\x7E₹“”’–]+$/);
    }
  });

  it('every field a service refuses carries a hint with a real code (never the catch-all)', () => {
    const refusals = [
      () => specOf({ rows: [] }),
      () => specOf({ rows: [{ label: 'A', cells: 'rrzr' }, { label: 'B', cells: '....' }, { label: 'C', cells: 'r'.repeat(101) }] }),
      () => specOf({ rows: [{ label: 'A', cells: 'rr' }, { label: 'A', cells: 'rr' }] }),
      () => specOf({ rows: [{ label: 'a1', cells: 'rr' }] }),
      () => checkPrices({ regular: 'abc' }, ['regular', 'premium']),
      () => parseSeatList('A1, B'),
      () => parseSeatList('A5-B2'),
      () => parseSeatList(' '),
      () => checkScreenName(''),
      () => repeatStarts({ firstDate: '2026-12-10', lastDate: '2026-12-01', times: ['10:00'] }, 'Asia/Kolkata'),
      () => repeatStarts({ firstDate: '2026-12-01', lastDate: '2026-12-02', times: ['7 pm'] }, 'Asia/Kolkata'),
      () => repeatStarts({ firstDate: '2026-12-01', lastDate: '2026-12-30', times: ['10:00', '14:00'] }, 'Asia/Kolkata'),
    ];
    for (const run of refusals) {
      const err = refusal(run);
      const fields = err.details?.fields as Record<string, string>;
      const hints = err.details?.hints as Record<string, FieldHint>;
      expect(Object.keys(hints).sort(), err.message).toEqual(Object.keys(fields).sort());
      for (const h of Object.values(hints)) expect(h.code in SAMPLES && h.code !== 'invalid', err.message).toBe(true);
    }
    expect(refusal(() => specOf({ rows: [{ label: 'A', cells: 'xx' }] })).details).toEqual({ formHint: { code: 'allBlocked' } });
  });

  it('parseForm keeps the English sentence per field and adds the check’s hint, or `invalid` for a check without one', () => {
    const schema = z.object({ a: z.string().refine((s) => s === 'ok', { message: 'Say ok.', params: { hint: { code: 'required' } } }), b: z.string() });
    const err = refusal(() => parseForm(schema, { a: 'no' }));
    expect(err.details).toEqual({ fields: { a: 'Say ok.', b: expect.any(String) }, hints: { a: { code: 'required' }, b: { code: 'invalid' } } });
  });
});
