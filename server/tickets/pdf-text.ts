import type PDFDocument from 'pdfkit';
import { FONT_FACES, FONT_WEIGHTS, fontBytes, fontName, type FontWeight } from './fonts.js';
import { scriptRuns, type TextRun } from './script-runs.js';

type Doc = InstanceType<typeof PDFDocument>;

export interface TextStyle {
  size: number;
  weight?: FontWeight;
  color?: string;
  /** Shrink the text (down to `minSize`), then cut it with an ellipsis, to stay within this width. */
  maxWidth?: number;
  minSize?: number;
  align?: 'left' | 'right' | 'center';
}

export function registerTicketFonts(doc: Doc): void {
  for (const face of FONT_FACES) for (const weight of FONT_WEIGHTS) doc.registerFont(fontName(face, weight), fontBytes(face, weight));
}

/**
 * fontkit 2.0.4 throws on some Telugu clusters (a GPOS above-base mark with a null anchor, e.g.
 * శ్రీ): such a run is laid out again without above-base mark positioning, then without any
 * mark positioning. A fresh object each time: fontkit writes into the one it is given.
 */
const FEATURE_FALLBACKS: (() => Record<string, boolean> | undefined)[] = [
  () => undefined,
  () => ({ abvm: false }),
  () => ({ abvm: false, blwm: false, mark: false, mkmk: false }),
];

interface ShapedRun extends TextRun {
  width: number;
  features: (() => Record<string, boolean> | undefined) | undefined;
}

function shape(doc: Doc, run: TextRun, size: number, weight: FontWeight): ShapedRun {
  doc.font(fontName(run.face, weight)).fontSize(size);
  for (const features of FEATURE_FALLBACKS) {
    try {
      const f = features();
      const width = doc.widthOfString(run.text, f ? { features: f as never } : {});
      return { ...run, width, features };
    } catch {
      continue;
    }
  }
  // Nothing lays it out: print the characters with the Latin face (boxes) rather than fail the ticket.
  doc.font(fontName('latinExt', weight));
  return { ...run, face: 'latinExt', width: doc.widthOfString(run.text), features: undefined };
}

function measure(doc: Doc, text: string, size: number, weight: FontWeight): { runs: ShapedRun[]; width: number } {
  const runs = scriptRuns(text).map((r) => shape(doc, r, size, weight));
  return { runs, width: runs.reduce((w, r) => w + r.width, 0) };
}

export function textWidth(doc: Doc, text: string, size: number, weight: FontWeight = 400): number {
  return measure(doc, text, size, weight).width;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Draws one line of mixed-script text with its baseline at `y`; returns the size used and the width. */
export function drawLine(doc: Doc, text: string, x: number, y: number, style: TextStyle): { size: number; width: number } {
  const weight = style.weight ?? 400;
  let size = style.size;
  let shown = text;
  let m = measure(doc, shown, size, weight);
  if (style.maxWidth && m.width > style.maxWidth) {
    size = Math.max(style.minSize ?? style.size, Math.floor(((size * style.maxWidth) / m.width) * 10) / 10);
    m = measure(doc, shown, size, weight);
    const parts = [...graphemes.segment(text)].map((s) => s.segment);
    while (m.width > style.maxWidth && parts.length > 1) {
      parts.pop();
      shown = `${parts.join('').trimEnd()}…`;
      m = measure(doc, shown, size, weight);
    }
  }
  let cx = style.align === 'right' ? x - m.width : style.align === 'center' ? x - m.width / 2 : x;
  doc.fillColor(style.color ?? '#111111');
  for (const run of m.runs) {
    const features = run.features?.();
    doc
      .font(fontName(run.face, weight))
      .fontSize(size)
      .text(run.text, cx, y, { lineBreak: false, baseline: 'alphabetic', ...(features ? { features: features as never } : {}) });
    cx += run.width;
  }
  return { size, width: m.width };
}

/** Greedy word wrap into lines no wider than `width`; returns the baseline after the last line. */
export function drawParagraph(doc: Doc, text: string, x: number, y: number, width: number, style: TextStyle & { lineHeight: number }): number {
  const weight = style.weight ?? 400;
  const words = text.split(/\s+/).filter(Boolean);
  let line = '';
  let baseline = y;
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(doc, candidate, style.size, weight) > width) {
      drawLine(doc, line, x, baseline, { ...style, maxWidth: width });
      baseline += style.lineHeight;
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) drawLine(doc, line, x, baseline, { ...style, maxWidth: width });
  return baseline;
}
