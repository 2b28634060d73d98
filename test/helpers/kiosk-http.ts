/** A cookie jar over fetch for real processes (the kiosk node, a server process), acting like a same-origin browser. */
export class HttpJar {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async request(method: string, path: string, json?: unknown): Promise<Response> {
    const headers: Record<string, string> = { origin: this.base };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (json !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, { method, headers, body: json !== undefined ? JSON.stringify(json) : undefined, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const i = pair.indexOf('=');
      const value = pair.slice(i + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(pair.slice(0, i).trim());
      else this.cookies.set(pair.slice(0, i).trim(), value);
    }
    return res;
  }

  get(path: string) {
    return this.request('GET', path);
  }

  post(path: string, json?: unknown) {
    return this.request('POST', path, json);
  }

  async json<T = Record<string, any>>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies
    const res = await this.request(method, path, body);
    return { status: res.status, body: (await res.json()) as T };
  }
}
