import { z } from 'zod';
import { AppError } from '../../server/domain/errors.js';

/**
 * Parsing the panel's forms: every field arrives as a string; bad input becomes one
 * `invalid_request` with a sentence per field, which the page shows beside each field.
 */
export function parseForm<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join('.') || 'form'] ??= issue.message;
  throw new AppError('invalid_request', 'Please correct the fields marked below.', { fields });
}

/** A whole number from a form field, within bounds. */
export const intField = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${label} must be a whole number.`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${label} must be between ${min} and ${max}.`);

/** Rupees as typed ("320" or "320.50") → paise. */
export const rupeesField = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}(\.\d{1,2})?$/, `${label}: give an amount in rupees, such as 320 or 320.50.`)
    .transform((s) => Math.round(Number(s) * 100));

/** A comma-separated list ("Parking, Food court") → trimmed, unique, non-empty items. */
export const listField = (label: string, maxItems: number, maxLength: number) =>
  z
    .string()
    .default('')
    .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
    .refine((a) => a.length <= maxItems, `${label}: at most ${maxItems} items.`)
    .refine((a) => a.every((x) => x.length <= maxLength), `${label}: each item at most ${maxLength} characters.`);

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
