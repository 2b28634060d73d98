import { batchPut } from './catalog.js';
import type { Db } from './db.js';

/** Many Puts as BatchWriteItem calls of 25, `concurrency` calls in flight (bulk loads: demo data, benches). */
export async function batchPutConcurrently(db: Db, items: Record<string, unknown>[], concurrency = 4): Promise<void> {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, chunks.length) }, async () => {
      while (next < chunks.length) await batchPut(db, chunks[next++]);
    }),
  );
}
