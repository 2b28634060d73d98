import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../domain/errors.js';

/** Field name → first message, for forms and for `details.fields` in the JSON API. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join('.') || 'body';
    out[field] ??= issue.message;
  }
  return out;
}

export function validate<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error);
    throw new AppError('invalid_request', `Please check: ${Object.keys(fields).join(', ')}.`, { fields });
  }
  return parsed.data;
}

/** Reads a JSON body; a missing, malformed or non-object body is a 400, never a 500. */
export async function readJson(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) {
    const text = await c.req.text();
    if (text.trim() === '') return {};
    throw new AppError('unsupported_media_type', 'Send the body as JSON (Content-Type: application/json).');
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new AppError('invalid_request', 'The body is not valid JSON.');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new AppError('invalid_request', 'The body must be a JSON object.');
  }
  return body as Record<string, unknown>;
}

/** Reads an HTML form post as plain strings. */
export async function readForm(c: Context): Promise<Record<string, string>> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/x-www-form-urlencoded') && !type.includes('multipart/form-data')) {
    throw new AppError('unsupported_media_type');
  }
  const body = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}
