import { inflateSync } from 'node:zlib';
import jsQRModule from 'jsqr';

type Decode = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
// jsqr is CommonJS with `exports.default`; under NodeNext its default import is the module object.
const jsQR: Decode = (jsQRModule as unknown as { default: Decode }).default ?? (jsQRModule as unknown as Decode);

/** Text, page count and embedded font names, read with PDF.js the way a viewer would. */
export async function readPdf(pdf: Buffer): Promise<{ pages: number; text: string[]; fonts: string[] }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, verbosity: 0 }).promise;
  const text: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    text.push(content.items.map((i) => ('str' in i ? i.str : '')).join(''));
  }
  const pages = doc.numPages;
  await doc.destroy();
  const fonts = [...pdf.toString('latin1').matchAll(/\/BaseFont \/([A-Z]{6}\+[A-Za-z0-9-]+)/g)].map((m) => m[1]);
  return { pages, text, fonts: [...new Set(fonts)] };
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The decompressed content streams that are text (page contents), skipping fonts and images. */
function contentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const out: string[] = [];
  for (const m of raw.matchAll(/<<([^<>]*?)>>\s*stream\r?\n/g)) {
    const length = /\/Length (\d+)/.exec(m[1]);
    if (!length) continue;
    const start = (m.index ?? 0) + m[0].length;
    let data = pdf.subarray(start, start + Number(length[1]));
    if (/\/FlateDecode/.test(m[1])) {
      try {
        data = inflateSync(data);
      } catch {
        continue;
      }
    }
    const text = data.toString('latin1');
    if (/^[\x09\x0a\x0d\x20-\x7e]*$/.test(text) && / re\b/.test(text)) out.push(text);
  }
  return out;
}

/**
 * The groups of black rectangles each filled inside one `q … Q` block: the QR codes as the PDF
 * draws them. Colours are tracked so white backgrounds and coloured bars are left out.
 */
export function filledRectGroups(pdf: Buffer): Rect[][] {
  const groups: Rect[][] = [];
  for (const stream of contentStreams(pdf)) {
    const blocks: Rect[][] = [[]];
    let path: Rect[] = [];
    let nums: number[] = [];
    let black = true;
    for (const token of stream.split(/\s+/)) {
      if (/^-?\d*\.?\d+$/.test(token)) {
        nums.push(Number(token));
        continue;
      }
      switch (token) {
        case 're': {
          const [x, y, w, h] = nums.slice(-4);
          path.push({ x, y, w, h });
          break;
        }
        case 'scn':
        case 'sc':
        case 'rg':
        case 'g':
          black = nums.length > 0 && nums.every((n) => n === 0);
          break;
        case 'f':
        case 'f*':
          if (black) blocks[blocks.length - 1].push(...path);
          path = [];
          break;
        case 'n':
        case 'S':
        case 's':
          path = [];
          break;
        case 'q':
          blocks.push([]);
          break;
        case 'Q': {
          const block = blocks.pop() ?? [];
          if (block.length >= 20) groups.push(block);
          if (blocks.length === 0) blocks.push([]);
          break;
        }
      }
      nums = [];
    }
  }
  return groups;
}

/** Paints rectangles black on white at `scale` pixels per point, with a quiet zone, and decodes the QR code. */
export function decodeQr(rects: Rect[], scale = 4): string | null {
  const minX = Math.min(...rects.map((r) => r.x));
  const minY = Math.min(...rects.map((r) => r.y));
  const maxX = Math.max(...rects.map((r) => r.x + r.w));
  const maxY = Math.max(...rects.map((r) => r.y + r.h));
  const margin = 20;
  const width = Math.ceil((maxX - minX) * scale) + 2 * margin;
  const height = Math.ceil((maxY - minY) * scale) + 2 * margin;
  const pixels = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const r of rects) {
    const x0 = margin + Math.round((r.x - minX) * scale);
    const x1 = margin + Math.round((r.x + r.w - minX) * scale);
    const y0 = margin + Math.round((r.y - minY) * scale);
    const y1 = margin + Math.round((r.y + r.h - minY) * scale);
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * width + x) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  return jsQR(pixels, width, height)?.data ?? null;
}

/** Every QR code drawn in the PDF, decoded, in drawing order. */
export function qrPayloads(pdf: Buffer): (string | null)[] {
  return filledRectGroups(pdf).map((g) => decodeQr(g));
}
