import { z } from 'zod';
import { AppError } from '../../server/domain/errors.js';
import { rule, type FieldHint } from '../../server/domain/field-hints.js';

/**
 * Parsing the panel's forms: every field arrives as a string; bad input becomes one
 * `invalid_request` with a sentence per field (`details.fields`), which the page shows beside
 * each field, and the same field's hint (`details.hints`, from the check's `rule(...)`), which a
 * Hindi or Telugu page shows instead. A check without a hint counts as `invalid`.
 */
export function parseForm<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  const hints: Record<string, FieldHint> = {};
  for (const issue of parsed.error.issues) {
    const name = issue.path.join('.') || 'form';
    if (name in fields) continue;
    fields[name] = issue.message;
    hints[name] = hintOfIssue(issue);
  }
  throw new AppError('invalid_request', 'Please correct the fields marked below.', { fields, hints });
}

function hintOfIssue(issue: z.core.$ZodIssue): FieldHint {
  const hint = issue.code === 'custom' ? (issue.params?.hint as FieldHint | undefined) : undefined;
  return hint ?? { code: 'invalid' };
}

/** Text of `min` (default 0) to `max` characters, trimmed; each limit with its English sentence. */
export const textField = (opts: { max: number; tooLong: string; min?: number; tooShort?: string }) => {
  const min = opts.min ?? 0;
  const base = z.string().trim();
  const filled = min > 0 ? base.refine((s) => s.length >= min, rule(opts.tooShort ?? opts.tooLong, min === 1 ? { code: 'required' } : { code: 'minChars', min })) : base;
  return filled.refine((s) => s.length <= opts.max, rule(opts.tooLong, { code: 'maxChars', max: opts.max }));
};

/** A whole number from a form field, within bounds. */
export const intField = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((s) => /^\d+$/.test(s), rule(`${label} must be a whole number.`, { code: 'wholeNumber' }))
    .transform(Number)
    .refine((n) => n >= min && n <= max, rule(`${label} must be between ${min} and ${max}.`, { code: 'wholeBetween', min, max }));

/** Rupees as typed ("320" or "320.50") → paise. */
export const rupeesField = (label: string) =>
  z
    .string()
    .trim()
    .refine((s) => /^\d{1,6}(\.\d{1,2})?$/.test(s), rule(`${label}: give an amount in rupees, such as 320 or 320.50.`, { code: 'rupees' }))
    .transform((s) => Math.round(Number(s) * 100));

/** A comma-separated list ("Parking, Food court") → trimmed, unique, non-empty items. */
export const listField = (label: string, maxItems: number, maxLength: number) =>
  z
    .string()
    .default('')
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
    .refine((a) => a.length <= maxItems, rule(`${label}: at most ${maxItems} items.`, { code: 'maxItems', max: maxItems }))
    .refine((a) => a.every((x) => x.length <= maxLength), rule(`${label}: each item at most ${maxLength} characters.`, { code: 'itemLength', max: maxLength }));

/** The field errors of an AppError from parseForm (empty for other errors). */
export function fieldErrorsOf(err: unknown): Record<string, string> {
  const fields = err instanceof AppError ? (err.details?.fields as Record<string, string> | undefined) : undefined;
  return fields ?? {};
}

/** A URL-friendly id from a name: "PVR Forum Mall" → "pvr-forum-mall". */
export function slugOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'item'
  );
}
