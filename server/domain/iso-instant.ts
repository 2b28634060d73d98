/** `2026-12-01T18:30:00Z`, `2026-12-01T18:30:00.123+05:30`: a full ISO 8601 instant with its offset. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads an instant a client sent, strictly: JavaScript's Date parser accepts almost anything
 * (`new Date('%00')` is the year 2000), so the format is checked first. Null when it is not one.
 */
export function parseInstant(text: string | undefined): Date | null {
  if (!text || !ISO_INSTANT.test(text)) return null;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d;
}
