import type { Hono } from 'hono';

/** The origin the bench app trusts (its own site), sent on every request like a browser would. */
export const BENCH_ORIGIN = 'http://localhost:3000';

/**
 * A small cookie jar over `app.request` (in-process, no sockets). The bench's own copy of
 * test/helpers/http.ts, which cannot be imported here because it pulls in vitest.
 */
export class BenchClient {
  readonly cookies = new Map<string, string>();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any app env
  constructor(private readonly app: Hono<any>) {}

  async request(method: string, path: string, json?: unknown, extraHeaders: Record<string, string> = {}): Promise<Response> {
    const headers: Record<string, string> = { origin: BENCH_ORIGIN, ...extraHeaders };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(json);
    }
    const res = await this.app.request(path, { method, headers, body });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  get(path: string, headers?: Record<string, string>) {
    return this.request('GET', path, undefined, headers);
  }

  post(path: string, json?: unknown, headers?: Record<string, string>) {
    return this.request('POST', path, json, headers);
  }
}
