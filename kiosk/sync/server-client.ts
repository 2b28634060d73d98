/**
 * The kiosk's only way to the platform: the server's kiosk API over HTTP(S) with the kiosk token.
 * Never AWS credentials, never the store.
 */
export class ServerUnreachable extends Error {
  constructor(cause: unknown) {
    const inner = (cause as { cause?: { code?: string; message?: string } })?.cause;
    super(`The server is unreachable (${(cause as Error)?.message ?? cause}${inner ? `: ${inner.code ?? inner.message}` : ''}).`);
    this.name = 'ServerUnreachable';
  }
}

/** The server answered with an error (`code` from its error table). */
export class ServerRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ServerRefused';
  }
}

export interface ServerClient {
  request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
}

export type FetchFn = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Every kiosk call is safe to repeat (sales, online sales, scans and returns are idempotent by
 * id), so a request that fails on the network is tried once more at once: a kept-alive connection
 * the server closed while the kiosk sat idle must not cost a whole backoff.
 */
export function serverClient(opts: { url: string; token: () => string; clock: () => Date; timeoutMs?: number; fetch?: FetchFn }): ServerClient {
  const once: FetchFn = opts.fetch ?? ((url, init) => fetch(url, init));
  const doFetch: FetchFn = (url, init) => once(url, init).catch(() => once(url, { ...init, signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000) }));
  return {
    async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
      let res: Response;
      try {
        res = await doFetch(`${opts.url}/api/v1/kiosk${path}`, {
          method,
          headers: {
            authorization: `Bearer ${opts.token()}`,
            'x-kiosk-time': opts.clock().toISOString(),
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          },
          body: body !== undefined ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(opts.timeoutMs ?? 10_000),
        });
      } catch (err) {
        throw new ServerUnreachable(err);
      }
      if (res.status === 204) return undefined as T;
      let parsed: unknown;
      try {
        parsed = await res.json();
      } catch (err) {
        if (res.status >= 500) throw new ServerUnreachable(err);
        throw new ServerRefused(res.status, 'bad_response', `The server sent something unreadable (${res.status}).`);
      }
      if (res.ok) return parsed as T;
      const e = (parsed as { error?: { code?: string; message?: string; details?: Record<string, unknown> } }).error ?? {};
      // A server that is starting or whose store is down counts as unreachable: try again later.
      if (res.status >= 500) throw new ServerUnreachable(new Error(e.message ?? `HTTP ${res.status}`));
      throw new ServerRefused(res.status, e.code ?? 'error', e.message ?? `HTTP ${res.status}`, e.details);
    },
  };
}
