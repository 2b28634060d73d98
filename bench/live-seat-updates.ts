/**
 * Live seat updates: htmx polling vs server-sent events, measured on the wire.
 *
 *   AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true node --import tsx bench/live-seat-updates.ts
 *
 * Starts the real server (local mode, fresh data folder) and Chromium; WATCHERS pages open the
 * same 7×10 show through a counting TCP proxy (so every byte each way is counted, headers and
 * all), once with `?live=poll` and once with `?live=sse`. Per mode: an idle phase with no
 * changes, then UPDATES holds by another customer (straight to the server, not through the
 * proxy), each timed from the hold's answer until every watcher's seat is disabled. Writes its
 * section of bench/RESULTS.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../test/helpers/browser.js';
import { startServer } from '../test/helpers/server-process.js';

const WATCHERS = 5;
const IDLE_S = 30;
const UPDATES = 8;
/** Holds come 3–4.5 s apart, at a random phase: a fixed gap would lock onto the poll/tick period. */
const GAP_MS = 3000;
const JITTER_MS = 1500;

type Mode = 'poll' | 'sse';
interface Counts {
  up: number;
  down: number;
  connections: number;
}

/** A TCP proxy that counts the bytes going each way. */
async function countingProxy(targetPort: number): Promise<{ port: number; counts: Counts; reset(): Counts; server: Server }> {
  const counts: Counts = { up: 0, down: 0, connections: 0 };
  const server = createServer((client) => {
    counts.connections++;
    const upstream = connect(targetPort, '127.0.0.1');
    client.on('data', (b) => {
      counts.up += b.length;
      upstream.write(b);
    });
    upstream.on('data', (b) => {
      counts.down += b.length;
      client.write(b);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    port,
    counts,
    server,
    reset() {
      const snap = { ...counts };
      counts.up = 0;
      counts.down = 0;
      counts.connections = 0;
      return snap;
    },
  };
}

/** CPU seconds (user + system) of a process and its children so far, from /proc. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);

interface ModeResult {
  mode: Mode;
  idle: { bytesUpPerMin: number; bytesDownPerMin: number; connectionsOpened: number };
  updates: { latencies: number[]; bytesUp: number; bytesDown: number; seconds: number };
  serverCpuMsPerMin: number;
  dynamoCpuMsPerMin: number;
}

async function measure(mode: Mode, opts: { browser: Browser; serverUrl: string; serverPort: number; serverPid: number; dynamoPid?: number; showId: string; hold: (seat: string) => Promise<void>; seats: string[] }): Promise<ModeResult> {
  const proxy = await countingProxy(opts.serverPort);
  const pages: Page[] = [];
  try {
    for (let i = 0; i < WATCHERS; i++) {
      const page = await opts.browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`http://127.0.0.1:${proxy.port}/showtimes/${opts.showId}?live=${mode}`);
      pages.push(page);
    }
    await sleep(3000); // let the stream connect / the first polls settle
    proxy.reset();
    const cpu0 = cpuSeconds(opts.serverPid);
    const db0 = opts.dynamoPid ? cpuSeconds(opts.dynamoPid) : 0;
    await sleep(IDLE_S * 1000);
    const idle = proxy.reset();
    const cpu1 = cpuSeconds(opts.serverPid);
    const db1 = opts.dynamoPid ? cpuSeconds(opts.dynamoPid) : 0;

    const latencies: number[] = [];
    const started = performance.now();
    for (const seat of opts.seats.slice(0, UPDATES)) {
      await opts.hold(seat);
      const t0 = performance.now();
      await Promise.all(
        pages.map((p) => p.waitForFunction((id) => (document.querySelector(`#s${id} input`) as HTMLInputElement | null)?.disabled === true, seat, { polling: 10, timeout: 10_000 })),
      );
      latencies.push(performance.now() - t0);
      await sleep(GAP_MS + Math.random() * JITTER_MS);
    }
    const busy = proxy.reset();
    const seconds = (performance.now() - started) / 1000;
    const perMin = (n: number) => (n / IDLE_S) * 60 / WATCHERS;
    return {
      mode,
      idle: { bytesUpPerMin: perMin(idle.up), bytesDownPerMin: perMin(idle.down), connectionsOpened: idle.connections },
      updates: { latencies, bytesUp: busy.up, bytesDown: busy.down, seconds },
      serverCpuMsPerMin: (((cpu1 - cpu0) * 1000) / IDLE_S) * 60 / WATCHERS,
      dynamoCpuMsPerMin: (((db1 - db0) * 1000) / IDLE_S) * 60 / WATCHERS,
    };
  } finally {
    for (const p of pages) await p.close();
    proxy.server.close();
  }
}

function report(results: ModeResult[], meta: { showId: string; date: Date }): string {
  const rows = results.map((r) => {
    const idleTotal = r.idle.bytesUpPerMin + r.idle.bytesDownPerMin;
    // Bytes an update adds on top of the idle traffic, per watcher.
    const busyPerWatcher = (r.updates.bytesUp + r.updates.bytesDown) / WATCHERS;
    const idleDuringBusy = (idleTotal / 60) * r.updates.seconds;
    const perUpdate = (busyPerWatcher - idleDuringBusy) / UPDATES;
    return { r, idleTotal, perUpdate };
  });
  const fmt = (n: number) => Math.round(n).toLocaleString('en-IN');
  const lines = [
    '## Live seat updates',
    '',
    `Run ${meta.date.toISOString().slice(0, 16).replace('T', ' ')} UTC by \`bench/live-seat-updates.ts\` · the real server (local mode) and Debian Chromium on this machine · ${WATCHERS} watcher pages on \`/showtimes/${meta.showId}\` (the 7×10 screen) through a counting TCP proxy, so every byte each way is counted, HTTP headers included · idle ${IDLE_S} s, then ${UPDATES} holds by another customer ${GAP_MS / 1000}–${(GAP_MS + JITTER_MS) / 1000} s apart, each timed from the hold's answer until every watcher shows the seat taken (so the slowest of ${WATCHERS}: each has its own poll or tick phase).`,
    '',
    '| per open map | htmx polling (every 1.5 s) | server-sent events (store read every 1 s) |',
    '|---|---|---|',
    `| bytes per minute with no changes (up + down) | ${rows.map((x) => `${fmt(x.idleTotal)} (${fmt(x.r.idle.bytesUpPerMin)} + ${fmt(x.r.idle.bytesDownPerMin)})`).join(' | ')} |`,
    `| extra bytes per seat update | ${rows.map((x) => fmt(x.perUpdate)).join(' | ')} |`,
    `| hold → seat shown taken, median / max | ${rows.map((x) => `${fmt(median(x.r.updates.latencies))} ms / ${fmt(max(x.r.updates.latencies))} ms`).join(' | ')} |`,
    `| HTTP requests per minute | 40 | 0 (one open connection; a comment line every 15 s keeps it alive) |`,
    `| store reads per minute (one Query of the show's seat items each; maps of one show in one process share a Query within 250 ms, \`seat-state-cache.ts\`) | at most 40 | at most 60 |`,
    `| server CPU per minute, idle (Node + its DynamoDB Local; a shared, busy machine, so ±30%) | ${rows.map((x) => `${fmt(x.r.serverCpuMsPerMin)} ms + ${fmt(x.r.dynamoCpuMsPerMin)} ms`).join(' | ')} |`,
    '',
  ];
  const [poll, sse] = rows;
  const perPoll = (poll.r.idle.bytesUpPerMin + poll.r.idle.bytesDownPerMin) / 40;
  lines.push(
    `A quiet poll costs ${fmt(perPoll)} bytes (${fmt(poll.r.idle.bytesUpPerMin / 40)} up: the browser's headers and cookies; ${fmt(poll.r.idle.bytesDownPerMin / 40)} down), so an open map polls away ${fmt(poll.idleTotal * 60 / 1024)} KB an hour on a phone's data plan; a quiet stream sends a keep-alive comment every 15 s. ` +
      `A poll also re-sends each changed seat for the 5 s overlap \`seatChanges\` keeps against clock skew (about three times); the stream remembers what it sent and sends it once. ` +
      `The stream's price: one held connection per open map (six per site per browser over HTTP/1.1, unlimited in practice over HTTP/2) and, reading the store every second to answer sooner, up to 1.5× the store reads of polling. ` +
      `Cheaper on the wire by ${fmt((poll.idleTotal + poll.perUpdate) / Math.max(1, sse.idleTotal + sse.perUpdate))}× and faster: **${sse.idleTotal + sse.perUpdate < poll.idleTotal + poll.perUpdate ? 'server-sent events' : 'polling'}**.`,
  );
  return lines.join('\n');
}

const START = '<!-- bench:live-seat-updates start (written by bench/live-seat-updates.ts) -->';
const END = '<!-- bench:live-seat-updates end -->';

function writeSection(section: string): string {
  const path = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
  const block = `${START}\n${section.trim()}\n${END}`;
  const old = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const s = old.indexOf(START);
  const e = old.indexOf(END);
  let next: string;
  if (s >= 0 && e > s) next = old.slice(0, s) + block + old.slice(e + END.length);
  else if (old.trim()) next = `${old.trimEnd()}\n\n${block}\n`;
  else next = `# Benchmark results\n\nRun with \`npm run bench\`. Each section is rewritten by the script that owns it.\n\n${block}\n`;
  writeFileSync(path, next.endsWith('\n') ? next : `${next}\n`);
  return path;
}

const dataDir = mkdtempSync(join(tmpdir(), 'mm-bench-live-'));
const [server, browser] = await Promise.all([startServer({ dataDir }), launchBrowser()]);
try {
  const serverPort = Number(new URL(server.url).port);
  const serverPid = server.child.pid!;
  const dynamoPid = childPids(serverPid).find((p) => {
    try {
      return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('DynamoDBLocal');
    } catch {
      return false;
    }
  });

  const login = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ email: 'customer@demo.moviemagic.in', password: 'moviemagic-demo' }),
  });
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const shows = (await (await fetch(`${server.url}/api/v1/showtimes?theater=charminar-cinemas&date=${new Date(Date.now() + 86_400_000 + 19_800_000).toISOString().slice(0, 10)}`)).json()) as {
    showtimes: { id: string }[];
  };
  const showId = shows.showtimes.map((s) => s.id).find((id) => id.startsWith('charminar-cinemas-1-'))!;
  const hold = async (seat: string) => {
    const res = await fetch(`${server.url}/api/v1/holds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url, cookie },
      body: JSON.stringify({ showtimeId: showId, seats: [seat] }),
    });
    if (res.status !== 201) throw new Error(`hold ${seat}: ${res.status} ${await res.text()}`);
  };

  const common = { browser, serverUrl: server.url, serverPort, serverPid, dynamoPid, showId, hold };
  const poll = await measure('poll', { ...common, seats: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'] });
  console.log('poll', JSON.stringify(poll));
  const sse = await measure('sse', { ...common, seats: ['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'B8'] });
  console.log('sse', JSON.stringify(sse));
  const section = report([poll, sse], { showId, date: new Date() });
  console.log(section);
  console.log(`wrote ${writeSection(section)}`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
