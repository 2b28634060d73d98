import { AsyncLocalStorage } from 'node:async_hooks';

export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type Log = (level: Level, msg: string, extra?: Record<string, unknown>) => void;

/** The request being handled (request-log.ts runs each request inside it), for log lines. */
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Structured JSON lines on stdout (stderr for errors), one object per event. A line written
 * while a request is being handled carries that request's id, so every line about one
 * request can be found from the id a customer or a load balancer reports.
 */
export function createLog(minLevel: Level): Log {
  return (level, msg, extra) => {
    if (ORDER[level] < ORDER[minLevel]) return;
    const requestId = requestContext.getStore()?.requestId;
    const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...(requestId ? { requestId } : {}), ...extra });
    if (level === 'error') process.stderr.write(`${line}\n`);
    else process.stdout.write(`${line}\n`);
  };
}
