import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface AppProcess {
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no shutdown code runs, as in a power cut. */
  kill9(): Promise<void>;
  /** SIGTERM, and wait for the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts one of the project's entry points (`server/main.ts`, `kiosk/main.ts`) as its own process
 * (one PID, no npm wrapper) and waits until it prints `readyLine`; fails with its output when it
 * exits first or takes longer than `timeoutMs`.
 */
export async function startEntryPoint(opts: { name: string; script: string; env: Record<string, string>; readyLine: string; timeoutMs: number }): Promise<AppProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', opts.script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', HOST: '127.0.0.1', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${opts.name} did not start in ${opts.timeoutMs / 1000} s:\n${out}`)), opts.timeoutMs);
    child.stdout?.on('data', () => {
      if (out.includes(opts.readyLine)) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${opts.name} exited with ${code}:\n${out}`));
    });
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    output: () => out,
    async kill9() {
      if (running()) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (running()) child.kill('SIGTERM');
      return exited;
    },
  };
}
