import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../server/local/free-port.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface KioskProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no shutdown code runs, as in a power cut. */
  kill9(): Promise<void>;
  stop(): Promise<number | null>;
}

/** Starts `kiosk/main.ts` as its own process (one PID) against a server URL. */
export async function startKiosk(opts: { serverUrl: string; dataDir: string; db: string; port?: number; env?: Record<string, string> }): Promise<KioskProcess> {
  const port = opts.port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'kiosk/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      DATA_DIR: opts.dataDir,
      KIOSK_DB: opts.db,
      KIOSK_PORT: String(port),
      KIOSK_SERVER_URL: opts.serverUrl,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`kiosk did not start in 30 s:\n${out}`)), 30_000);
    child.stdout?.on('data', () => {
      if (out.includes('Movie Magic kiosk is running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`kiosk exited with ${code}:\n${out}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    async kill9() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
