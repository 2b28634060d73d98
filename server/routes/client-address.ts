import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';

/** The peer address of the TCP connection (in-process test requests have none). */
function peerAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'in-process';
}

/**
 * The client's address: the TCP peer, or, behind `hops` trusted proxies that each append the
 * address they saw to X-Forwarded-For, the entry `hops` places from the right. Entries further
 * left are whatever the client wrote and are never trusted.
 */
export function forwardedClient(forwardedFor: string | undefined, peer: string, hops: number): string {
  if (hops <= 0 || !forwardedFor) return peer;
  const list = forwardedFor.split(',').map((s) => s.trim()).filter(Boolean);
  if (list.length === 0) return peer;
  return list[Math.max(0, list.length - hops)];
}

export function clientAddressMiddleware(hops: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('clientAddress', forwardedClient(c.req.header('x-forwarded-for'), peerAddress(c), hops));
    await next();
  };
}

/** Where the request came from, as rate limits per client count it. */
export function clientAddress(c: Context): string {
  return (c.get('clientAddress') as string | undefined) ?? peerAddress(c);
}
