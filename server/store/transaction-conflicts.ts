import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { metrics } from '../ops/metrics.js';

type Reason = { Code?: string };

/**
 * True when DynamoDB cancelled a transaction only because another transaction was writing one
 * of its items at that moment: none of its conditions failed, nothing was written, and the same
 * transaction may simply run again. A cancellation with any failed condition is an answer (a
 * seat was taken, a hold expired) and is never retried.
 */
export function isPureConflict(err: unknown): boolean {
  const e = err as { name?: string; CancellationReasons?: Reason[] };
  if (e?.name !== 'TransactionCanceledException') return false;
  const codes = (e.CancellationReasons ?? []).map((r) => r.Code ?? 'None');
  return codes.includes('TransactionConflict') && codes.every((c) => c === 'None' || c === 'TransactionConflict');
}

export const CONFLICT_RETRIES = 3;

/**
 * Runs a TransactWriteItems again (up to 3 more times, 5–40 ms apart with jitter) when it lost a
 * TransactionConflict, for every transaction of the app at once. Safe because a cancelled
 * transaction wrote nothing and every retry re-checks every condition against the store's
 * current items: a seat sold meanwhile makes the retry fail its condition, never sell twice.
 * Each retry is serialized afresh, so it carries a new ClientRequestToken; the SDK's own
 * network retries (after serialization) keep theirs, so a lost answer is not applied twice.
 */
export function retryTransactionConflicts(client: DynamoDBClient): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName !== 'TransactWriteItemsCommand') return next(args);
      for (let attempt = 0; ; attempt++) {
        try {
          const out = await next(args);
          if (attempt > 0) metrics.conflicts.inc({ outcome: 'retried_ok' });
          return out;
        } catch (err) {
          if (!isPureConflict(err)) throw err;
          if (attempt >= CONFLICT_RETRIES) {
            metrics.conflicts.inc({ outcome: 'gave_up' });
            throw err;
          }
          metrics.conflicts.inc({ outcome: 'retry' });
          await new Promise((r) => setTimeout(r, 5 * 2 ** attempt * (0.5 + Math.random())));
        }
      }
    },
    { step: 'initialize', name: 'retryTransactionConflicts' },
  );
}
