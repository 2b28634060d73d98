/**
 * A cookie-keeping client for servers running in other processes (real sockets, like a browser).
 * Given several base URLs it sends each request to one of them, as a load balancer would: the
 * session lives in the store, so any server answers for it.
 */
export class RemoteClient {
  readonly cookies = new Map<string, string>();
  readonly bases: string[];
  private next = 0;

  /** `origin`: what the browser's Origin header would say (the site's public address behind a load balancer). */
  constructor(
    base: string | string[],
    private readonly opts: { origin?: string } = {},
  ) {
    this.bases = Array.isArray(base) ? base : [base];
  }

  get base(): string {
    return this.bases[0];
  }

  /** Round-robin over the servers (one server: always that one). */
  private pick(): string {
    return this.bases[this.next++ % this.bases.length];
  }

  async request(method: string, path: string, json?: unknown, headers: Record<string, string> = {}, base = this.pick()): Promise<Response> {
    const h: Record<string, string> = { origin: this.opts.origin ?? new URL(base).origin, ...headers };
    if (this.cookies.size) h.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (json !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(`${base}${path}`, { method, headers: h, body: json === undefined ? undefined : JSON.stringify(json), redirect: 'manual' });
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

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, json?: unknown, headers?: Record<string, string>) {
    return this.request('POST', path, json, headers);
  }

  async login(email: string, password: string): Promise<void> {
    const res = await this.post('/api/v1/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  }
}
