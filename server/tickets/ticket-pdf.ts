import PDFDocument from 'pdfkit';
import { formatInr } from '../domain/money.js';
import { showTimeText } from '../domain/show-time-label.js';
import { drawQr } from './qr-drawing.js';
import { drawLine, drawParagraph, registerTicketFonts } from './pdf-text.js';
import { ticketLabels, type TicketLabels } from './ticket-labels.js';

export { showTimeText };

/** Everything printed on an order's tickets; the payloads are already signed. */
export interface TicketPdfInput {
  lang: string;
  bookingId: string;
  movieTitle: string;
  theaterName: string;
  theaterAddress?: string;
  screenName: string;
  startsAt: Date;
  timezone: string;
  amountMinor: number;
  tickets: { seat: string; payload: string }[];
}

type Doc = InstanceType<typeof PDFDocument>;

const A4 = { w: 595.28, h: 841.89 };
const M = 36;
const INK = '#1c1a21';
const SOFT = '#4d4a56';
const ACCENT = '#b0122a';
const LINE = '#d9d5cf';
const NIGHT = '#17131d';

const COLS = 2;
const GAP = 16;
const CARD_W = (A4.w - 2 * M - GAP) / COLS;
const QR_SIZE = 176;
const CARD_H = QR_SIZE + 62;
const CARDS_END = A4.h - 34;

/**
 * One A4 PDF per order: the booking's details up top, then one QR card per seat, two across,
 * big enough to scan from paper or a phone screen. Each card repeats seat, show and booking id
 * so a ticket cut from the sheet still says what it is for.
 */
export async function renderTicketPdf(input: TicketPdfInput): Promise<Buffer> {
  const L = ticketLabels(input.lang);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    lang: L.locale,
    info: { Title: `${L.eTicket} ${input.bookingId}`, Author: 'Movie Magic', Subject: input.movieTitle, CreationDate: new Date(0) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  registerTicketFonts(doc);

  const when = showTimeText(input.startsAt, input.timezone, L.locale);
  let top = drawFirstPageHeader(doc, input, L, when);
  input.tickets.forEach((t, i) => {
    const col = i % COLS;
    if (col === 0 && i > 0) top += CARD_H + GAP;
    if (col === 0 && top + CARD_H > CARDS_END) {
      doc.addPage({ size: 'A4', margin: 0 });
      top = drawContinuationHeader(doc, input, L);
    }
    drawCard(doc, M + col * (CARD_W + GAP), top, t, input, L, when);
  });

  const range = doc.bufferedPageRange();
  for (let p = 0; p < range.count; p++) {
    doc.switchToPage(range.start + p);
    drawLine(doc, `${input.bookingId} · ${L.page(p + 1, range.count)}`, A4.w / 2, A4.h - 18, { size: 8, color: SOFT, align: 'center' });
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

function drawFirstPageHeader(doc: Doc, input: TicketPdfInput, L: TicketLabels, when: string): number {
  doc.rect(0, 0, A4.w, 56).fill(NIGHT);
  drawLine(doc, 'Movie Magic', M, 36, { size: 20, weight: 700, color: '#ffffff' });
  drawLine(doc, L.eTicket, A4.w - M, 36, { size: 14, weight: 700, color: '#ffc247', align: 'right' });

  drawLine(doc, input.movieTitle, M, 92, { size: 24, weight: 700, color: INK, maxWidth: A4.w - 2 * M, minSize: 14 });

  const half = (A4.w - 2 * M - GAP) / 2;
  const field = (label: string, value: string, x: number, y: number, w: number, big = false) => {
    drawLine(doc, label, x, y, { size: 9, color: SOFT, maxWidth: w });
    drawLine(doc, value, x, y + (big ? 21 : 16), { size: big ? 17 : 13, weight: 700, color: INK, maxWidth: w, minSize: 9 });
  };
  field(L.theater, input.theaterName, M, 116, half);
  field(L.screen, input.screenName, M + half + GAP, 116, half);
  if (input.theaterAddress) drawLine(doc, input.theaterAddress, M, 145, { size: 9, color: SOFT, maxWidth: half, minSize: 7 });
  field(L.showTime, when, M, 166, A4.w - 2 * M, true);
  field(L.seats, `${input.tickets.map((t) => t.seat).join(', ')} (${input.tickets.length})`, M, 206, half);
  field(L.amountPaid, formatInr(input.amountMinor), M + half + GAP, 206, half);
  drawLine(doc, L.inclTaxes, M + half + GAP, 234, { size: 8, color: SOFT, maxWidth: half });
  field(L.bookingId, input.bookingId, M, 250, A4.w - 2 * M, true);
  doc.moveTo(M, 282).lineTo(A4.w - M, 282).lineWidth(0.8).strokeColor(LINE).stroke();
  const last = drawParagraph(doc, L.scanHint, M, 298, A4.w - 2 * M, { size: 10, color: SOFT, lineHeight: 14 });
  return last + 12;
}

function drawContinuationHeader(doc: Doc, input: TicketPdfInput, L: TicketLabels): number {
  doc.rect(0, 0, A4.w, 40).fill(NIGHT);
  drawLine(doc, input.movieTitle, M, 26, { size: 13, weight: 700, color: '#ffffff', maxWidth: A4.w - 2 * M - 160, minSize: 9 });
  drawLine(doc, `${L.bookingId} ${input.bookingId}`, A4.w - M, 26, { size: 10, color: '#f3eff6', align: 'right' });
  return 40 + M / 2;
}

function drawCard(doc: Doc, x: number, y: number, t: { seat: string; payload: string }, input: TicketPdfInput, L: TicketLabels, when: string): void {
  doc.roundedRect(x, y, CARD_W, CARD_H, 8).lineWidth(1).strokeColor(LINE).stroke();
  doc.rect(x, y, 6, CARD_H).fill(ACCENT);
  drawQr(doc, t.payload, x + (CARD_W - QR_SIZE) / 2, y + 4, QR_SIZE);
  const textX = x + 18;
  const w = CARD_W - 30;
  drawLine(doc, `${L.seat} ${t.seat}`, textX, y + QR_SIZE + 26, { size: 18, weight: 700, color: INK, maxWidth: w });
  drawLine(doc, when, textX, y + QR_SIZE + 41, { size: 9, color: SOFT, maxWidth: w, minSize: 7 });
  drawLine(doc, `${input.screenName} · ${input.bookingId}`, textX, y + QR_SIZE + 54, { size: 9, color: SOFT, maxWidth: w, minSize: 7 });
}
