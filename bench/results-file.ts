import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const START = '<!-- bench:issue-4 start (written by npm run bench: bench/run.ts) -->';
export const END = '<!-- bench:issue-4 end -->';

/**
 * Puts `section` between this bench's markers in bench/RESULTS.md, keeping every other section
 * (e.g. one another benchmark writes) as it is.
 */
export function writeResults(section: string): string {
  const path = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
  const block = `${START}\n${section.trim()}\n${END}`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  let next: string;
  const s = old.indexOf(START);
  const e = old.indexOf(END);
  if (s >= 0 && e > s) next = old.slice(0, s) + block + old.slice(e + END.length);
  else if (old.trim()) next = `${old.trimEnd()}\n\n${block}\n`;
  else next = `# Benchmark results\n\nRun with \`npm run bench\`. Each section is rewritten by the script that owns it.\n\n${block}\n`;
  writeFileSync(path, next.endsWith('\n') ? next : `${next}\n`);
  return path;
}
