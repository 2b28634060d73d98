import type { Context } from 'hono';

/** A CSV download (UTF-8 with a BOM, so spreadsheets read ₹ and Indian names correctly). */
export function csvResponse(c: Context, filename: string, csv: string): Response {
  return c.body(`\ufeff${csv}`, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
    'Cache-Control': 'no-store',
  });
}
