import { gzipSync } from 'node:zlib';
import type { BenchEnv } from './setup.js';
import { percentile } from './stats.js';

export interface RouteMeasure {
  label: string;
  path: string;
  status: number;
  contentType: string;
  samples: number;
  p50Ms: number;
  p95Ms: number;
  rawBytes: number;
  gzipBytes: number;
  note?: string;
}

export interface Skipped {
  label: string;
  path: string;
  status: number;
  reason: string;
}

export interface SeatMapResult {
  measured: RouteMeasure[];
  skipped: Skipped[];
  /** The 4 seats held for the live-update check and the seats the update named. */
  liveUpdateCheck?: { held: string[]; named: string[]; ok: boolean };
}

/** Reads a body; an event stream is read up to its first event (or `timeoutMs`) and then cancelled. */
async function readBody(res: Response, timeoutMs = 3000): Promise<string> {
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('text/event-stream') || !res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const timer = setTimeout(() => void reader.cancel().catch(() => undefined), timeoutMs);
  try {
    while (!text.includes('\n\n')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // cancelled by the timer: keep what came
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => undefined);
  }
  return text;
}

/** Seat ids named in a body, as whole tokens (A1 does not count inside A10). */
function seatsNamed(body: string, seatIds: string[]): string[] {
  return seatIds.filter((id) => new RegExp(`(?<![A-Za-z0-9])${id}(?![A-Za-z0-9])`).test(body));
}

async function measure(env: BenchEnv, label: string, path: string, samples: number, cookies: boolean): Promise<RouteMeasure | Skipped> {
  const client = env.customers[0].client;
  const get = () => (cookies ? client.get(path) : env.app.request(path));
  const probe = await get();
  const probeBody = await readBody(probe);
  if (probe.status !== 200) return { label, path, status: probe.status, reason: probe.status === 404 ? 'route does not exist yet' : `answered ${probe.status}` };
  const times: number[] = [];
  let body = probeBody;
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    const res = await get();
    body = await readBody(res);
    times.push(performance.now() - t0);
  }
  return {
    label,
    path,
    status: probe.status,
    contentType: (probe.headers.get('content-type') ?? '').split(';')[0],
    samples,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    rawBytes: Buffer.byteLength(body),
    gzipBytes: gzipSync(body).length,
  };
}

/**
 * Size and server time of what a browser downloads for the 1,200-seat hall: the API seat map
 * (fresh show and sold-out show), the showtime page and live updates if those routes exist.
 */
export async function seatMapSizes(env: BenchEnv, opts: { soldOutShow: string; samples: number }): Promise<SeatMapResult> {
  const out: SeatMapResult = { measured: [], skipped: [] };
  const add = (m: RouteMeasure | Skipped) => ('reason' in m ? out.skipped : out.measured).push(m as never);
  const fresh = env.shows.seatMap;
  const enc = encodeURIComponent;

  add(await measure(env, 'API seat map, nothing sold yet', `/api/v1/showtimes/${enc(fresh)}/seats`, opts.samples, true));
  add(await measure(env, 'API seat map, sold out', `/api/v1/showtimes/${enc(opts.soldOutShow)}/seats`, opts.samples, true));
  add(await measure(env, 'Showtime page (signed in), nothing sold yet', `/showtimes/${enc(fresh)}`, opts.samples, true));
  add(await measure(env, 'Showtime page (signed in), sold out', `/showtimes/${enc(opts.soldOutShow)}`, opts.samples, true));

  // Live updates on a show nobody has touched: first with nothing changed, then after one 4-seat hold.
  const live = env.shows.liveUpdates;
  const since = new Date().toISOString();
  const updates = (s: string) => `/showtimes/${enc(live)}/seat-updates?since=${enc(s)}`;
  const empty = await measure(env, 'Live update, nothing changed', updates(since), opts.samples, true);
  add(empty);
  if ('reason' in empty) {
    out.skipped.push({ label: 'Live update after one 4-seat hold', path: updates(since), status: empty.status, reason: 'route does not exist yet' });
    return out;
  }
  const mapRes = await env.customers[1].client.get(`/api/v1/showtimes/${enc(live)}/seats`);
  const allSeats = ((await mapRes.json()) as { seats: { id: string; status: string }[] }).seats;
  const held = allSeats.filter((s) => s.status === 'available').slice(100, 104).map((s) => s.id);
  const before = new Date().toISOString();
  const h = await env.customers[1].client.post('/api/v1/holds', { showtimeId: live, seats: held });
  if (h.status !== 201) throw new Error(`live-update hold failed: ${h.status} ${await h.text()}`);
  const after = await measure(env, 'Live update after one 4-seat hold', updates(before), opts.samples, true);
  add(after);
  if (!('reason' in after)) {
    const body = await readBody(await env.customers[0].client.get(updates(before)));
    const named = seatsNamed(body, allSeats.map((s) => s.id));
    out.liveUpdateCheck = { held, named, ok: named.length === held.length && held.every((s) => named.includes(s)) };
  }
  return out;
}
