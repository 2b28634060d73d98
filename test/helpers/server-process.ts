import { freePort } from '../../server/local/free-port.js';
import { startEntryPoint, type AppProcess } from './child-process.js';

export interface ServerProcess extends AppProcess {
  url: string;
}

/** Starts `server/main.ts` as its own process in local mode. */
export async function startServer(opts: { dataDir: string; port?: number; env?: Record<string, string> }): Promise<ServerProcess> {
  const port = opts.port ?? (await freePort());
  const proc = await startEntryPoint({
    name: 'server',
    script: 'server/main.ts',
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', DATA_DIR: opts.dataDir, PORT: String(port), ...opts.env },
    readyLine: 'Movie Magic is running at',
    timeoutMs: 60_000,
  });
  return { ...proc, url: `http://127.0.0.1:${port}` };
}
