import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { woffToSfnt } from './woff-to-sfnt.js';

/**
 * Noto Sans faces shipped by the @fontsource packages (WOFF 1: fontkit 2.0.4 lays out WOFF2
 * Devanagari and Telugu wrongly). Fontsource splits each family by script, so a line of text is
 * cut into runs and each run drawn with the face that has its script (see script-runs.ts).
 * Read from node_modules once per process; never fetched.
 */
export type FontFace = 'latin' | 'latinExt' | 'devanagari' | 'telugu';
export type FontWeight = 400 | 700;

const FILES: Record<FontFace, (w: FontWeight) => string> = {
  latin: (w) => `@fontsource/noto-sans/files/noto-sans-latin-${w}-normal.woff`,
  latinExt: (w) => `@fontsource/noto-sans/files/noto-sans-latin-ext-${w}-normal.woff`,
  devanagari: (w) => `@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-${w}-normal.woff`,
  telugu: (w) => `@fontsource/noto-sans-telugu/files/noto-sans-telugu-telugu-${w}-normal.woff`,
};

const require = createRequire(import.meta.url);
const cache = new Map<string, Buffer>();

export function fontName(face: FontFace, weight: FontWeight): string {
  return `${face}-${weight}`;
}

export function fontBytes(face: FontFace, weight: FontWeight): Buffer {
  const name = fontName(face, weight);
  let bytes = cache.get(name);
  if (!bytes) {
    bytes = woffToSfnt(readFileSync(require.resolve(FILES[face](weight))));
    cache.set(name, bytes);
  }
  return bytes;
}

export const FONT_FACES: readonly FontFace[] = ['latin', 'latinExt', 'devanagari', 'telugu'];
export const FONT_WEIGHTS: readonly FontWeight[] = [400, 700];
