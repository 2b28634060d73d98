import { z } from 'zod';
import { KEY_ID_PATTERN, parsePrivateKey, parsePublicKeys } from './tickets/keys.js';

/**
 * Every setting the server reads, parsed once from the environment. No other module reads
 * process.env: the result is passed down from server/main.ts.
 */
const port = z.coerce.number().int().min(0).max(65535);
const optionalUrl = z
  .string()
  .trim()
  .url({ message: 'must be a URL such as http://localhost:8000' })
  .optional();

const envSchema = z.object({
  PORT: port.default(3000),
  KIOSK_PORT: port.default(3100),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DEMO_PASSWORD: z.string().min(10, 'must be at least 10 characters').default('moviemagic-demo'),
  DYNAMODB_ENDPOINT: optionalUrl,
  SNS_ENDPOINT: optionalUrl,
  AWS_REGION: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as ap-south-1').optional(),
  TABLE_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{3,255}$/, 'must be 3–255 letters, digits, _ . or -')
    .default('moviemagic'),
  SNS_TOPIC: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be letters, digits, _ or -')
    .default('moviemagic-notifications'),
  PUBLIC_URL: optionalUrl,
  APP_SECRET: z.string().optional(),
  RATE_LIMITS: z.enum(['on', 'off']).default('on'),
  HOLD_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  TICKET_SIGNING_KEY: z
    .string()
    .refine(parses(parsePrivateKey), 'must be an Ed25519 private key: PKCS#8 PEM or its base64 DER')
    .optional(),
  TICKET_KEY_ID: z.string().regex(KEY_ID_PATTERN, 'must be 1–16 letters, digits, _ or -').optional(),
  TICKET_PUBLIC_KEYS: z
    .string()
    .refine(parses(parsePublicKeys), 'must be id=<base64 SPKI DER of an Ed25519 public key>, comma-separated')
    .optional(),
  REMINDER_HOURS: z.coerce.number().min(0).max(48).default(3),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  TEST_GATEWAY_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

/** Values people paste from examples instead of generating a secret. */
const PLACEHOLDER_SECRET = /change.?me|example|placeholder|your.?secret|secret.?key|password|^(.{1,16})\1+$/i;

function parses(parse: (text: string) => unknown): (text: string) => boolean {
  return (text) => {
    try {
      parse(text);
      return true;
    } catch {
      return false;
    }
  };
}

export type Mode = 'local' | 'production';

export interface Config {
  mode: Mode;
  port: number;
  kioskPort: number;
  host: string;
  dataDir: string;
  demoPassword: string;
  /** Set in production mode, or when pointing local mode at an already-running DynamoDB. */
  dynamodbEndpoint?: string;
  snsEndpoint?: string;
  region: string;
  tableName: string;
  snsTopic: string;
  /** Origins whose browser requests count as the site's own (CSRF origin check). */
  publicUrl: string;
  allowedOrigins: string[];
  /** In production from settings; in local mode made once and kept under DATA_DIR. */
  appSecret?: string;
  secureCookies: boolean;
  rateLimits: 'on' | 'off';
  holdMinutes: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Signs ticket QR codes; required in production, made under DATA_DIR in local mode when unset. */
  ticketKeys?: { signingKey: string; keyId: string; publicKeys?: string };
  /** How long before the show the reminder goes out; 0 sends none. */
  reminderHours: number;
  /**
   * Proxies (load balancers) in front of the server that append to X-Forwarded-For; 0 trusts
   * none and uses the TCP peer. Per-client rate limits key on the address this yields.
   */
  trustProxyHops: number;
  /** The built-in test gateway waits this long in authorize and capture (fault tests; logged loudly). */
  testGatewayDelayMs: number;
  /** When set, GET /metrics wants `Authorization: Bearer <token>`. */
  metricsToken?: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Local mode: no AWS region and no DynamoDB endpoint are set, so `npm start` launches the
 * embedded services. Production mode: AWS_REGION set (endpoints optional, for compatible stores).
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  const mode: Mode = e.AWS_REGION ? 'production' : 'local';
  const problems: string[] = [];

  if (mode === 'production') {
    if (!e.APP_SECRET || e.APP_SECRET.length < 32) {
      problems.push('APP_SECRET: must be set to at least 32 random characters in production mode');
    } else if (new Set(e.APP_SECRET).size < 10) {
      problems.push('APP_SECRET: is too weak (too few distinct characters)');
    } else if (PLACEHOLDER_SECRET.test(e.APP_SECRET)) {
      problems.push('APP_SECRET: looks like a placeholder; generate one with `openssl rand -base64 48`');
    }
    if (!e.PUBLIC_URL) problems.push('PUBLIC_URL: must be set in production mode (e.g. https://tickets.example.in)');
    else if (!e.PUBLIC_URL.startsWith('https://')) problems.push('PUBLIC_URL: must be an https:// address in production mode (cookies are Secure)');
    if (!e.TICKET_SIGNING_KEY) problems.push('TICKET_SIGNING_KEY: must be set in production mode (an Ed25519 private key, see docs/notifications.md)');
  }
  if (e.TICKET_SIGNING_KEY && !e.TICKET_KEY_ID) problems.push('TICKET_KEY_ID: must be set with TICKET_SIGNING_KEY (the id printed in each ticket)');
  if (e.APP_SECRET && e.APP_SECRET.length < 32) {
    problems.push('APP_SECRET: must be at least 32 characters');
  }
  if (problems.length) throw new ConfigError(problems);

  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const allowedOrigins = [new URL(publicUrl).origin];
  if (mode === 'local') {
    for (const host of ['localhost', '127.0.0.1']) {
      const origin = `http://${host}:${e.PORT}`;
      if (!allowedOrigins.includes(origin)) allowedOrigins.push(origin);
    }
  }

  return {
    mode,
    port: e.PORT,
    kioskPort: e.KIOSK_PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    demoPassword: e.DEMO_PASSWORD,
    dynamodbEndpoint: e.DYNAMODB_ENDPOINT,
    snsEndpoint: e.SNS_ENDPOINT,
    region: e.AWS_REGION ?? 'ap-south-1',
    tableName: e.TABLE_NAME,
    snsTopic: e.SNS_TOPIC,
    publicUrl,
    allowedOrigins,
    appSecret: e.APP_SECRET,
    secureCookies: mode === 'production',
    rateLimits: e.RATE_LIMITS,
    holdMinutes: e.HOLD_MINUTES,
    logLevel: e.LOG_LEVEL,
    ticketKeys:
      e.TICKET_SIGNING_KEY && e.TICKET_KEY_ID
        ? { signingKey: e.TICKET_SIGNING_KEY, keyId: e.TICKET_KEY_ID, publicKeys: e.TICKET_PUBLIC_KEYS }
        : undefined,
    reminderHours: e.REMINDER_HOURS,
    trustProxyHops: e.TRUST_PROXY_HOPS,
    testGatewayDelayMs: e.TEST_GATEWAY_DELAY_MS,
    metricsToken: e.METRICS_TOKEN,
  };
}
