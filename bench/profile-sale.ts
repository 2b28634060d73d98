/**
 * `node --import tsx bench/profile-sale.ts`: where the app's CPU goes during the flash sale.
 * Builds the bench world, warms up, then samples this process with the V8 CPU profiler (through
 * `node:inspector`) for exactly one flash sale of the 1,200-seat hall, and prints the self time
 * grouped by where the code lives (server/…, hono, AWS SDK, bench client, node internals…) and
 * the top functions. The full profile is written to .tmp/flash-sale.cpuprofile (open it in
 * Chrome DevTools). Node only: DynamoDB Local's JVM is a separate process (its CPU is in RESULTS.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { directStore } from './direct-store.js';
import { flashSale } from './flash-sale.js';
import { createBenchEnv } from './setup.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const CLIENTS = 40;

function area(url: string): string {
  if (!url) return '(V8: GC, idle, native)';
  const u = url.replace(/^file:\/\//, '');
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u);
  if (m) {
    if (m[1].startsWith('@aws-sdk') || m[1].startsWith('@smithy') || m[1] === 'fast-xml-parser') return 'AWS SDK (@aws-sdk, @smithy)';
    return m[1];
  }
  if (u.startsWith('node:')) return 'node internals (' + u.split('/')[0] + ')';
  const p = /\/(server|bench|views)\/(.*)$/.exec(u);
  if (p) return p[1] === 'server' ? `server/${p[2].split('/').slice(0, -1).join('/') || '.'}` : p[1];
  return u;
}

export function summarize(profile: Profile, bookings: number): string {
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const byArea = new Map<string, number>();
  const byFn = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (node.callFrame.functionName === '(idle)') continue;
    total += us;
    const a = area(node.callFrame.url);
    byArea.set(a, (byArea.get(a) ?? 0) + us);
    const f = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/^.*\/(node_modules|server|bench)\//, '$1/')}:${node.callFrame.lineNumber + 1}`;
    byFn.set(f, (byFn.get(f) ?? 0) + us);
  }
  const lines = [`busy CPU sampled: ${(total / 1000).toFixed(0)} ms over ${bookings} bookings = ${(total / 1000 / bookings).toFixed(2)} ms per booking`, '', 'by area (self time):'];
  for (const [a, us] of [...byArea].sort((x, y) => y[1] - x[1]).slice(0, 25))
    lines.push(`  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${(us / 1000 / bookings).toFixed(2).padStart(6)} ms/booking  ${a}`);
  lines.push('', 'top functions (self time):');
  for (const [f, us] of [...byFn].sort((x, y) => y[1] - x[1]).slice(0, 30)) lines.push(`  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${f}`);
  return lines.join('\n');
}

const env = await createBenchEnv({ customers: CLIENTS });
try {
  await directStore(env, env.shows.warmDirect, { workers: CLIENTS, seed: 1 });
  await flashSale(env, env.shows.warmApp, { clients: CLIENTS, seed: 2, deadlineS: 60, maxBookings: 250 });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const sale = await flashSale(env, env.shows.flash, { clients: CLIENTS, seed: 4, deadlineS: 150 });
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  mkdirSync(new URL('../.tmp/', import.meta.url), { recursive: true });
  writeFileSync(new URL('../.tmp/flash-sale.cpuprofile', import.meta.url), JSON.stringify(profile));
  console.log(`flash sale: ${sale.bookings} bookings in ${sale.span.wallS.toFixed(1)} s, Node CPU ${(sale.span.nodeCpuS * 1000 / sale.bookings).toFixed(1)} ms per booking, DynamoDB Local ${(sale.span.dynamoCpuS * 1000 / sale.bookings).toFixed(1)} ms`);
  console.log(summarize(profile, sale.bookings));
} finally {
  await env.close();
}
