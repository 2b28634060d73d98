import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every setting the kiosk node reads, parsed once from the environment (only this file and
 * server/config.ts read process.env).
 */
const port = z.coerce.number().int().min(0).max(65535);

const envSchema = z.object({
  KIOSK_PORT: port.default(3100),
  HOST: z.string().default('0.0.0.0'),
  PORT: port.default(3000),
  KIOSK_SERVER_URL: z.string().trim().url({ message: 'must be a URL such as https://tickets.example.in' }).optional(),
  KIOSK_TOKEN: z
    .string()
    .regex(/^mmk\.[0-9A-Z]{10}\.[A-Za-z0-9_-]{43}$/, 'must be the token shown when the kiosk was registered (mmk.…)')
    .optional(),
  KIOSK_DB: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  KIOSK_SYNC_SECONDS: z.coerce.number().min(1).max(3600).default(15),
  KIOSK_PUSH_BATCH: z.coerce.number().int().min(1).max(50).default(25),
  AWS_REGION: z.string().optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export interface KioskConfig {
  mode: 'local' | 'production';
  port: number;
  host: string;
  serverUrl: string;
  /** Unset in local mode: the kiosk reads the demo kiosk's token from `demoTokenFile`. */
  token?: string;
  demoTokenFile: string;
  dbFile: string;
  syncIntervalMs: number;
  /** Sales sent per request when pushing (the server takes up to 50). */
  pushBatch: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export class KioskConfigError extends Error {}

export function loadKioskConfig(env: Record<string, string | undefined>): KioskConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new KioskConfigError(`Invalid kiosk settings:\n${parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  const mode = e.AWS_REGION ? 'production' : 'local';
  if (mode === 'production' && (!e.KIOSK_TOKEN || !e.KIOSK_SERVER_URL)) {
    throw new KioskConfigError('Invalid kiosk settings:\n  - KIOSK_TOKEN and KIOSK_SERVER_URL must be set outside local mode (register the kiosk in the admin panel).');
  }
  const dataDir = resolve(e.DATA_DIR);
  return {
    mode,
    port: e.KIOSK_PORT,
    host: e.HOST,
    serverUrl: (e.KIOSK_SERVER_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    token: e.KIOSK_TOKEN,
    demoTokenFile: join(dataDir, 'demo-kiosk-token'),
    dbFile: resolve(e.KIOSK_DB ?? join(dataDir, 'kiosk.sqlite')),
    syncIntervalMs: e.KIOSK_SYNC_SECONDS * 1000,
    pushBatch: e.KIOSK_PUSH_BATCH,
    logLevel: e.LOG_LEVEL,
  };
}
