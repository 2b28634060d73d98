import { AppError } from '../../server/domain/errors.js';
import { hintsOf, type FieldHint } from '../../server/domain/field-hints.js';
import { errorText } from '../i18n/error-text.js';
import type { I18n } from '../i18n/i18n.js';

/**
 * A refused admin form in the page's language. English pages keep the service's own sentences
 * (`details.fields` and the error's message); Hindi and Telugu pages say each field's hint
 * (`details.hints`) from the admin catalog's `hints`; at the top, the form's hint, else the one
 * wrong field's hint, else a "correct the fields marked below" sentence, else the error code's sentence.
 */
export function hintText(i18n: I18n, hint: FieldHint): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(hint)) {
    if (k !== 'code') params[k] = Array.isArray(v) ? v.map((x) => i18n.name(String(x))).join(', ') : String(v);
  }
  return (i18n.t.admin.hints[hint.code] as (p: Record<string, string>) => string)(params);
}

/** Field name → the sentence to show beside it. */
export function fieldErrorsIn(i18n: I18n, err: unknown): Record<string, string> {
  const fields = err instanceof AppError ? ((err.details?.fields as Record<string, string> | undefined) ?? {}) : {};
  if (i18n.lang === 'en') return fields;
  const hints = hintsOf(err).fields;
  return Object.fromEntries(Object.keys(fields).map((name) => [name, hintText(i18n, hints[name] ?? { code: 'invalid' })]));
}

/** The sentence at the top of the form. */
export function formErrorIn(i18n: I18n, err: AppError): string {
  if (i18n.lang === 'en') return err.message;
  const { fields, form } = hintsOf(err);
  if (form) return hintText(i18n, form);
  const named = Object.values(fields);
  // One field wrong: say what (its field may have no place of its own on the page); several: point below.
  if (named.length === 1) return hintText(i18n, named[0]);
  if (named.length) return i18n.t.register.fixFields;
  return errorText(i18n, err);
}
