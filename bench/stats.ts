import { readFileSync } from 'node:fs';

/** The p-th percentile (0–100) by nearest rank; NaN for no samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)} ms` : '–');

/** A seeded generator (so a run's choices can be replayed) in [0, 1). */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

export function sleep(msecs: number): Promise<void> {
  return new Promise((r) => setTimeout(r, msecs));
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** CPU seconds used so far by another process (user + system), from /proc; NaN if unreadable. */
function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return Number.NaN;
  }
}

export interface CpuSpan {
  wallS: number;
  /** CPU seconds of this Node process (app + bench clients + SDK). */
  nodeCpuS: number;
  /** CPU seconds of the DynamoDB Local JVM. */
  dynamoCpuS: number;
}

/** Measures wall time and the CPU both processes burn between start() and the returned stop(). */
export function cpuSpan(dynamoPid: number): () => CpuSpan {
  const t0 = performance.now();
  const n0 = process.cpuUsage();
  const d0 = processCpuSeconds(dynamoPid);
  return () => {
    const n = process.cpuUsage(n0);
    return {
      wallS: (performance.now() - t0) / 1000,
      nodeCpuS: (n.user + n.system) / 1e6,
      dynamoCpuS: processCpuSeconds(dynamoPid) - d0,
    };
  };
}
