import { AppError, type ErrorCode } from './errors.js';

/**
 * What is wrong with a form field, as a code and its figures, so a page can say it in its own
 * language. The English sentence stays in the error (`details.fields`, for the JSON API and
 * English pages); the hint goes beside it in `details.hints` (and `details.formHint` for the
 * sentence at the top of a form). The admin catalog has one sentence per code in every
 * language (views/i18n/features/admin/hints-*.ts), checked by the typecheck.
 */
export type FieldHint =
  | { code: 'invalid' }
  | { code: 'required' }
  | { code: 'maxChars'; max: number }
  | { code: 'minChars'; min: number }
  | { code: 'wholeNumber' }
  | { code: 'wholeBetween'; min: number; max: number }
  | { code: 'between'; min: number; max: number }
  | { code: 'rupees' }
  | { code: 'maxItems'; max: number }
  | { code: 'itemLength'; max: number }
  | { code: 'atLeastOne' }
  | { code: 'percent' }
  | { code: 'maxPercent'; max: number }
  | { code: 'timezone' }
  | { code: 'chooseCity' }
  | { code: 'nameTaken' }
  | { code: 'tierHoursTwice' }
  | { code: 'certificate' }
  | { code: 'date' }
  | { code: 'time' }
  | { code: 'past' }
  | { code: 'oneOf'; options: string[] }
  | { code: 'chooseScreen' }
  | { code: 'priceMissing' }
  | { code: 'priceRange'; maxRupees: number }
  | { code: 'posterMissing' }
  | { code: 'posterTooBig'; mb: number }
  | { code: 'posterType' }
  | { code: 'postersOff' }
  | { code: 'uploadUnreadable' }
  | { code: 'staleForm' }
  | { code: 'paymentMethod' }
  | { code: 'email' }
  | { code: 'phone' }
  | { code: 'pickSeats' }
  | { code: 'seatList' }
  | { code: 'seatRange' }
  | { code: 'chooseRole' }
  | { code: 'resendWait'; minutes: number }
  | { code: 'inviteWithdrawn' }
  | { code: 'inviteAccepted' }
  | { code: 'tickToConfirm' }
  | { code: 'leaseMax'; max: number }
  | { code: 'leaseSeats'; seats: string }
  | { code: 'kioskRevoked' }
  /** The screen is taken: `movie` ('' when unknown) plays `from`–`to` (HH:MM on the theater's clock) on `date`. */
  | { code: 'screenBusy'; screen: string; movie: string; from: string; to: string; date: string; cleaning: number }
  | { code: 'cancelMode' }
  | { code: 'rowsNone' }
  | { code: 'rowsMax'; max: number }
  | { code: 'rowCells'; row: string }
  | { code: 'rowTooLong'; row: string; max: number }
  | { code: 'rowNoSeats'; row: string }
  | { code: 'rowLabel'; row: string }
  | { code: 'rowTwice'; row: string }
  | { code: 'rowUnknownCell'; row: string; cell: string; position: number }
  | { code: 'allBlocked' }
  | { code: 'lastBeforeFirst' }
  | { code: 'timesNone' }
  | { code: 'timeOfDay'; text: string }
  | { code: 'maxDays'; max: number }
  | { code: 'noDays' }
  | { code: 'tooManyShows'; count: number; max: number };

export type HintCode = FieldHint['code'];

/** A field's English sentence and its hint. */
export type FieldProblem = [english: string, hint: FieldHint];

/**
 * An `invalid_request` (or `code`) naming what is wrong per field: `details.fields` keeps the
 * English sentences, `details.hints` the same fields' hints.
 */
export function fieldsError(message: string, problems: Record<string, FieldProblem>, opts: { code?: ErrorCode; formHint?: FieldHint } = {}): AppError {
  const fields: Record<string, string> = {};
  const hints: Record<string, FieldHint> = {};
  for (const [name, [english, hint]] of Object.entries(problems)) {
    fields[name] = english;
    hints[name] = hint;
  }
  return new AppError(opts.code ?? 'invalid_request', message, { fields, hints, ...(opts.formHint ? { formHint: opts.formHint } : {}) });
}

/** A refusal for the whole form (no one field), with its hint for the sentence at the top. */
export function formError(message: string, hint: FieldHint, code: ErrorCode = 'invalid_request'): AppError {
  return new AppError(code, message, { formHint: hint });
}

/** The hints an AppError carries (empty for others). */
export function hintsOf(err: unknown): { fields: Record<string, FieldHint>; form?: FieldHint } {
  const d = err instanceof AppError ? err.details : undefined;
  return { fields: (d?.hints as Record<string, FieldHint> | undefined) ?? {}, form: d?.formHint as FieldHint | undefined };
}

/** zod `.refine` options carrying a hint: the issue keeps the English message and gets `params.hint`. */
export function rule(message: string, hint: FieldHint): { message: string; params: { hint: FieldHint } } {
  return { message, params: { hint } };
}
