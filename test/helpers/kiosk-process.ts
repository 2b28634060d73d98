import { freePort } from '../../server/local/free-port.js';
import { startEntryPoint, type AppProcess } from './child-process.js';

export interface KioskProcess extends AppProcess {
  url: string;
}

/** Starts `kiosk/main.ts` as its own process against a server URL. */
export async function startKiosk(opts: { serverUrl: string; dataDir: string; db: string; port?: number; env?: Record<string, string> }): Promise<KioskProcess> {
  const port = opts.port ?? (await freePort());
  const proc = await startEntryPoint({
    name: 'kiosk',
    script: 'kiosk/main.ts',
    env: { DATA_DIR: opts.dataDir, KIOSK_DB: opts.db, KIOSK_PORT: String(port), KIOSK_SERVER_URL: opts.serverUrl, LOG_LEVEL: 'warn', ...opts.env },
    readyLine: 'Movie Magic kiosk is running at',
    timeoutMs: 60_000,
  });
  return { ...proc, url: `http://127.0.0.1:${port}` };
}
