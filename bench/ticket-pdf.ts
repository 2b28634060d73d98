/**
 * Ticket PDF time and size for 1 and 10 seats (issue 5): signing every seat's QR payload and
 * rendering the A4 PDF, as GET /api/v1/bookings/:id/ticket.pdf does after reading the booking.
 *
 *   node --import tsx bench/ticket-pdf.ts     (or call ticketPdfBench() from bench/run.ts)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { signTicket } from '../server/domain/ticket-signing.js';
import { ephemeralKeyring } from '../server/tickets/keys.js';
import { renderTicketPdf } from '../server/tickets/ticket-pdf.js';
import { ms, percentile } from './stats.js';

export interface TicketPdfRow {
  seats: number;
  lang: string;
  runs: number;
  median: number;
  p95: number;
  bytes: number;
}

const keys = ephemeralKeyring('k1');

async function renderOnce(seats: number, lang: string): Promise<{ took: number; bytes: number }> {
  const started = performance.now();
  const bookingId = 'MVM-20261201-7QK2ZP4D';
  const showtimeId = 'hitech-screens-1-20261203-2030';
  const pdf = await renderTicketPdf({
    lang,
    bookingId,
    movieTitle: 'Orbit of Ashes',
    theaterName: 'HiTech Screens',
    theaterAddress: 'Madhapur, Hyderabad',
    screenName: 'Grand Hall',
    startsAt: new Date('2026-12-03T15:00:00Z'),
    timezone: 'Asia/Kolkata',
    amountMinor: 325600,
    tickets: Array.from({ length: seats }, (_, i) => {
      const seat = `K${i + 1}`;
      return { seat, payload: signTicket({ bookingId, showtimeId, seat, keyId: keys.currentKeyId }, keys.privateKey) };
    }),
  });
  return { took: performance.now() - started, bytes: pdf.length };
}

export async function ticketPdfBench(opts: { runs?: number } = {}): Promise<TicketPdfRow[]> {
  const runs = opts.runs ?? 30;
  const rows: TicketPdfRow[] = [];
  for (const [seats, lang] of [[1, 'en'], [10, 'en'], [1, 'hi'], [10, 'hi']] as const) {
    for (let i = 0; i < 3; i++) await renderOnce(seats, lang); // warm fonts and JIT
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const r = await renderOnce(seats, lang);
      times.push(r.took);
      bytes = r.bytes;
    }
    rows.push({ seats, lang, runs, median: percentile(times, 50), p95: percentile(times, 95), bytes });
  }
  return rows;
}

export function ticketPdfMarkdown(rows: TicketPdfRow[]): string {
  return [
    '### Ticket PDF time and size (issue 5)',
    '',
    'Signing each seat\'s QR payload (Ed25519) and rendering the A4 PDF in-process (no DynamoDB), after 3 warm-up renders.',
    '',
    '| seats | language | runs | median | p95 | size |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.seats} | ${r.lang} | ${r.runs} | ${ms(r.median)} | ${ms(r.p95)} | ${(r.bytes / 1024).toFixed(1)} KiB |`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const md = ticketPdfMarkdown(await ticketPdfBench());
  console.log(md);
  const file = fileURLToPath(new URL('./RESULTS-ticket-pdf.md', import.meta.url));
  writeFileSync(file, `${md}\n\n_Run ${new Date().toISOString()} with \`node --import tsx bench/ticket-pdf.ts\`._\n`);
}
