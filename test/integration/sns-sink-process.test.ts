import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('sns-sink-main as a child process', () => {
  const main = join(process.cwd(), 'server', 'local', 'sns-sink-main.ts');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mm-sns-child-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));


  it('prints its URL, serves, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--port', '0', '--mailbox', join(dir, 'child', 'm.jsonl')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve) => child.stdout.once('data', (b: Buffer) => resolve(b.toString())));
    const url = /^sns-sink listening on (http:\/\/\S+)\n$/.exec(line)?.[1] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 15_000);

  it('exits by itself when its parent goes away', async () => {
    // A parent that starts the sink, reports the sink's pid once it listens, and dies.
    const parentScript = `
      const { spawn } = require('node:child_process');
      const sink = spawn(process.execPath, ['--import', 'tsx', ${JSON.stringify(main)}, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
      sink.stdout.once('data', () => { console.log(sink.pid); process.exit(0); });`;
    const parent = spawn(process.execPath, ['-e', parentScript], { stdio: ['ignore', 'pipe', 'inherit'] });
    const pid = Number(await new Promise<string>((resolve) => parent.stdout.once('data', (b: Buffer) => resolve(b.toString()))));
    expect(pid).toBeGreaterThan(0);
    try {
      const deadline = Date.now() + 5000;
      while (isRunning(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(isRunning(pid)).toBe(false);
    } finally {
      if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    }
  }, 15_000);
});

/** Alive and not a zombie (an orphan's reaper may be slow to collect it). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
