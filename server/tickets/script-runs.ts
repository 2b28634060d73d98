import type { FontFace } from './fonts.js';

export interface TextRun {
  face: FontFace;
  text: string;
}

/** Marks and joiners belong to the cluster before them, so they never start a run of their own. */
function joinsPrevious(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || cp === 0x200c || cp === 0x200d || cp === 0x25cc || (cp >= 0xfe00 && cp <= 0xfe0f);
}

function faceFor(cp: number): FontFace {
  if ((cp >= 0x0900 && cp <= 0x097f) || (cp >= 0x1cd0 && cp <= 0x1cf9) || (cp >= 0xa8e0 && cp <= 0xa8ff)) return 'devanagari';
  if (cp >= 0x0c00 && cp <= 0x0c7f) return 'telugu';
  if (cp <= 0xff || (cp >= 0x2000 && cp <= 0x206f) || cp === 0x20ac || cp === 0x2122 || cp === 0x2212) return 'latin';
  return 'latinExt';
}

/** Cuts text into runs of one font face each (the Unicode ranges of the fontsource subsets). */
export function scriptRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const last = runs.at(-1);
    const face = last && joinsPrevious(cp) ? last.face : faceFor(cp);
    if (last && last.face === face) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs;
}
