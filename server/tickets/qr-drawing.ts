import type PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

type Doc = InstanceType<typeof PDFDocument>;

/** Modules of white border a QR code needs around it to be found by a reader. */
export const QUIET_ZONE = 4;

/**
 * Draws `text` as a vector QR code in a `size`-point square (quiet zone included): crisp at any
 * print resolution or zoom, and a few hundred bytes in the PDF. Each row's runs of dark modules
 * become one rectangle, all filled at once inside their own graphics state.
 */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const unit = size / (n + 2 * QUIET_ZONE);
  const origin = { x: x + QUIET_ZONE * unit, y: y + QUIET_ZONE * unit };
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!qr.modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && qr.modules.get(row, col)) col++;
      // A hair taller than a module, so viewers that anti-alias leave no seams between rows.
      doc.rect(origin.x + start * unit, origin.y + row * unit, (col - start) * unit, unit + 0.04);
    }
  }
  doc.fill('#000000');
  doc.restore();
}
