/**
 * `npm run bench`: the issue-4 benchmarks in one process against one in-memory DynamoDB Local —
 * the flash sale through the real app, the same transactions straight to the store, consumed
 * capacity per booking, and the size of the 1,200-seat map — then writes bench/RESULTS.md.
 */
import { availableParallelism, loadavg } from 'node:os';
import { callCosts } from './call-costs.js';
import { probeTxAccounting } from './capacity.js';
import { directStore } from './direct-store.js';
import { flashSale } from './flash-sale.js';
import { renderReport } from './report.js';
import { writeResults } from './results-file.js';
import { seatMapSizes } from './seat-map-size.js';
import { createBenchEnv } from './setup.js';

const CLIENTS = 40;
const started = performance.now();
const loadAtStart = loadavg();
const log = (msg: string) => console.log(`[bench ${((performance.now() - started) / 1000).toFixed(1)} s] ${msg}`);

log(`starting DynamoDB Local, demo data and ${CLIENTS} signed-in customers`);
const env = await createBenchEnv({ customers: CLIENTS });
try {
  log(`ready; flash-sale show ${env.shows.flash}`);
  // Warm the JVM (JIT and heap sizing) and Node with both kinds of load on full 1,200-seat
  // shows first: with less, the store phase before the sale ran markedly slower than the one after.
  await directStore(env, env.shows.warmDirect, { workers: CLIENTS, seed: 1 });
  await flashSale(env, env.shows.warmApp, { clients: CLIENTS, seed: 2, deadlineS: 60, maxBookings: 250 });
  log('warmed up');

  const directBefore = await directStore(env, env.shows.directBefore, { workers: CLIENTS, seed: 3 });
  log(`store direct (before): ${directBefore.bookings} bookings in ${directBefore.span.wallS.toFixed(1)} s`);
  const sale = await flashSale(env, env.shows.flash, { clients: CLIENTS, seed: 4, deadlineS: 150 });
  log(`flash sale: ${sale.bookings} bookings, ${sale.check.seatItemsSold} seats in ${sale.span.wallS.toFixed(1)} s${sale.stopped ? ` — STOPPED: ${sale.stopped}` : ''}`);
  const directAfter = await directStore(env, env.shows.directAfter, { workers: CLIENTS, seed: 5 });
  log(`store direct (after): ${directAfter.bookings} bookings in ${directAfter.span.wallS.toFixed(1)} s`);

  const costs = await callCosts(env, { soldOutShow: env.shows.flash });
  const txProbe = await probeTxAccounting(env.db.client, env.db.table);
  log('call costs measured');
  const maps = await seatMapSizes(env, { soldOutShow: env.shows.flash, samples: 30 });
  log(`seat map: ${maps.measured.length} routes measured, ${maps.skipped.length} skipped`);

  const report = renderReport({
    date: new Date(),
    nproc: availableParallelism(),
    node: process.version,
    loadAvg: { start: loadAtStart, end: loadavg() },
    totalS: (performance.now() - started) / 1000,
    sale,
    directBefore,
    directAfter,
    costs,
    txProbe,
    maps,
  });
  const path = writeResults(report.markdown);
  console.log(report.summary);
  log(`wrote ${path}`);
  if (report.failed) {
    console.error('FAILED: a correctness check of the flash sale did not hold (see RESULTS.md, section 1)');
    process.exitCode = 1;
  }
} finally {
  await env.close();
}
