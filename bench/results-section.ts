import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Puts `section` between the markers of bench `name` in bench/RESULTS.md, keeping every other
 * section as it is (each benchmark owns its own markers).
 */
export function writeSection(name: string, script: string, section: string): string {
  const start = `<!-- bench:${name} start (written by ${script}) -->`;
  const end = `<!-- bench:${name} end -->`;
  const path = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
  const block = `${start}\n${section.trim()}\n${end}`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const s = old.indexOf(start);
  const e = old.indexOf(end);
  let next: string;
  if (s >= 0 && e > s) next = old.slice(0, s) + block + old.slice(e + end.length);
  else if (old.trim()) next = `${old.trimEnd()}\n\n${block}\n`;
  else next = `# Benchmark results\n\nRun with \`npm run bench\`. Each section is rewritten by the script that owns it.\n\n${block}\n`;
  writeFileSync(path, next.endsWith('\n') ? next : `${next}\n`);
  return path;
}
