import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SinkProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Starts the SNS-compatible sink as a child process and waits for its "listening" line. */
export function startSinkProcess(opts: { port: number; mailboxFile: string }): Promise<SinkProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'server/local/sns-sink-main.ts'), '--port', String(opts.port), '--host', '127.0.0.1', '--mailbox', opts.mailboxFile],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`SNS sink did not start within 20 s\n${out}`));
    }, 20_000);
    child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = out.match(/sns-sink listening on (\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], pid: child.pid ?? 0, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`SNS sink exited with code ${code}\n${out}`));
    });
  });
}
