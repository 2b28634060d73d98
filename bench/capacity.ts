import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** Operations that accept ReturnConsumedCapacity; others (DescribeTable…) are counted, not asked. */
const WITH_CAPACITY = new Set([
  'GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan',
  'BatchGetItem', 'BatchWriteItem', 'TransactGetItems', 'TransactWriteItems',
]);
const READS = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem', 'TransactGetItems']);

interface Capacity {
  CapacityUnits?: number;
  Table?: { CapacityUnits?: number };
  GlobalSecondaryIndexes?: Record<string, { CapacityUnits?: number }>;
}

export interface CapacityRow {
  op: string;
  /** What the call touched: the key prefix (SESSION, SEAT, HOLD…) or, for a transaction, hold/book. */
  target: string;
  calls: number;
  failed: number;
  /** Capacity units the store reported (reads: RCU, writes: WCU), table + GSI. */
  units: number;
  gsiUnits: number;
  /** Calls that succeeded but reported no ConsumedCapacity. */
  unreported: number;
  items: number;
}

/** A string attribute in native (document client) or marshalled (low-level client) form. */
function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && 'S' in v && typeof (v as { S: unknown }).S === 'string') return (v as { S: string }).S;
  return undefined;
}

function prefix(key: unknown): string {
  const k = key as Record<string, unknown> | undefined;
  const pk = str(k?.pk) ?? '?';
  const sk = str(k?.sk) ?? '';
  if (pk.startsWith('SHOW#')) return sk.startsWith('SEAT#') ? 'SEAT' : 'SHOW';
  return pk.split('#')[0];
}

type Input = Record<string, unknown>;

function targetOf(op: string, input: Input): { target: string; items: number } {
  if (op === 'TransactWriteItems') {
    const items = (input.TransactItems as Record<string, { Item?: Record<string, unknown> }>[] | undefined) ?? [];
    const types = items.map((i) => str(i.Put?.Item?.type)).filter(Boolean);
    const kind = types.includes('booking') ? 'book' : types.includes('hold') ? 'hold' : types.includes('user') ? 'sign-up' : 'other';
    return { target: kind, items: items.length };
  }
  if (op === 'Query') {
    const values = (input.ExpressionAttributeValues ?? {}) as Record<string, unknown>;
    const first = Object.values(values).map(str).find((v) => v?.includes('#') || v === 'PAYMENTS');
    const idx = input.IndexName ? `${String(input.IndexName)}:` : '';
    const p = first?.startsWith('SHOW#') ? 'SEAT' : (first ?? '?').split('#')[0];
    return { target: `${idx}${p}`, items: 1 };
  }
  if (input.Key) return { target: prefix(input.Key), items: 1 };
  if (input.Item) return { target: prefix(input.Item), items: 1 };
  return { target: '', items: 1 };
}

/**
 * Sums the capacity DynamoDB reports for every call made through one client. Installed as an
 * `initialize` middleware, so it sees both the low-level client and the document client (which
 * shares the client's middleware stack).
 */
export class CapacityMeter {
  private rows = new Map<string, CapacityRow>();

  install(client: DynamoDBClient): void {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const op = (context.commandName ?? 'Unknown').replace(/Command$/, '');
        const input = args.input as Input;
        // INDEXES = the TOTAL figure plus its split between table and GSI.
        if (WITH_CAPACITY.has(op)) input.ReturnConsumedCapacity = 'INDEXES';
        const { target, items } = targetOf(op, input);
        const row = this.row(op, target);
        row.calls++;
        row.items += items;
        let out;
        try {
          out = await next(args);
        } catch (err) {
          row.failed++;
          throw err;
        }
        const cc = (out.output as { ConsumedCapacity?: Capacity | Capacity[] }).ConsumedCapacity;
        const list = cc === undefined ? [] : Array.isArray(cc) ? cc : [cc];
        if (WITH_CAPACITY.has(op) && list.length === 0) row.unreported++;
        for (const c of list) {
          row.units += c.CapacityUnits ?? 0;
          for (const g of Object.values(c.GlobalSecondaryIndexes ?? {})) row.gsiUnits += g.CapacityUnits ?? 0;
        }
        return out;
      },
      { step: 'initialize', name: 'benchConsumedCapacity' },
    );
  }

  private row(op: string, target: string): CapacityRow {
    const k = `${op} ${target}`;
    let r = this.rows.get(k);
    if (!r) {
      r = { op, target, calls: 0, failed: 0, units: 0, gsiUnits: 0, unreported: 0, items: 0 };
      this.rows.set(k, r);
    }
    return r;
  }

  reset(): void {
    this.rows.clear();
  }

  snapshot(): CapacitySummary {
    const rows = [...this.rows.values()].map((r) => ({ ...r })).sort((a, b) => a.op.localeCompare(b.op) || b.units - a.units);
    const isRead = (r: CapacityRow) => READS.has(r.op);
    return {
      rows,
      calls: rows.reduce((s, r) => s + r.calls, 0),
      failedCalls: rows.reduce((s, r) => s + r.failed, 0),
      rcu: rows.filter(isRead).reduce((s, r) => s + r.units, 0),
      wcu: rows.filter((r) => !isRead(r)).reduce((s, r) => s + r.units, 0),
      unreported: rows.reduce((s, r) => s + r.unreported, 0),
      isRead,
    };
  }
}

export interface CapacitySummary {
  rows: CapacityRow[];
  calls: number;
  failedCalls: number;
  rcu: number;
  wcu: number;
  unreported: number;
  isRead: (r: CapacityRow) => boolean;
}

/**
 * DynamoDB's item size: attribute names plus values (strings in UTF-8 bytes, numbers about one
 * byte per two digits plus one, maps and lists 3 bytes plus one per element). Used to check the
 * reported transaction units against the 2-WCU-per-KB rule.
 */
export function itemSizeBytes(item: Record<string, unknown>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += Buffer.byteLength(name) + valueSize(value);
  return size;
}

function valueSize(v: unknown): number {
  if (typeof v === 'string') return Buffer.byteLength(v);
  if (typeof v === 'number') return 1 + Math.ceil(String(Math.abs(v)).replace(/[.-]/g, '').replace(/^0+/, '').length / 2);
  if (typeof v === 'boolean' || v === null || v === undefined) return 1;
  if (Array.isArray(v)) return 3 + v.reduce((s: number, x) => s + 1 + valueSize(x), 0);
  if (v instanceof Set) return [...v].reduce((s: number, x) => s + valueSize(x), 0);
  if (typeof v === 'object') return 3 + itemSizeBytes(v as Record<string, unknown>) + Object.keys(v as object).length;
  return 0;
}

/** Write units of one item written inside a transaction: 2 per started KB. */
export const txWcu = (bytes: number) => 2 * Math.max(1, Math.ceil(bytes / 1024));

type Item = Record<string, unknown>;

export interface ExpectedTxUnits {
  bookings: number;
  /** Table write units per booking, from today's item sizes at 2 WCU per started KB per item. */
  holdTxWcu: number;
  bookTxWcu: number;
  /** Average item sizes in bytes. */
  sizes: { seat: number; hold: number; booking: number; outbox: number; idempotency: number };
}

/**
 * What the hold and book transactions of a sold show should cost, worked out from the stored
 * items' sizes (2 WCU per KB per item in a transaction), to check what DynamoDB Local reports.
 */
export function expectedTxUnits(items: Item[], showtimeId: string): ExpectedTxUnits {
  const bookings = items.filter((i) => i.type === 'booking' && i.showtimeId === showtimeId && i.status === 'confirmed');
  const seat = new Map(items.filter((i) => i.pk === `SHOW#${showtimeId}` && String(i.sk).startsWith('SEAT#')).map((i) => [i.seatId as string, i]));
  const hold = new Map(items.filter((i) => i.type === 'hold').map((i) => [i.id as string, i]));
  const idem = new Map(items.filter((i) => i.type === 'idempotency' && i.bookingId).map((i) => [i.bookingId as string, i]));
  const outbox = items.filter((i) => i.type === 'outbox' && i.kind === 'booking_confirmed');
  const outboxOf = new Map<string, Item>();
  const wanted = new Set(bookings.map((b) => b.id as string));
  for (const o of outbox) {
    const id = /booking (\S+) is confirmed/.exec(String(o.text))?.[1];
    if (id && wanted.has(id)) outboxOf.set(id, o);
  }
  const size = (i: Item | undefined) => (i ? itemSizeBytes(i) : 0);
  let holdTx = 0;
  let bookTx = 0;
  const totals = { seat: 0, seats: 0, hold: 0, booking: 0, outbox: 0, idempotency: 0 };
  for (const b of bookings) {
    const seatSizes = (b.seats as string[]).map((s) => size(seat.get(s)));
    const h = size(hold.get(b.holdId as string));
    const o = size(outboxOf.get(b.id as string));
    const k = size(idem.get(b.id as string));
    const bk = size(b);
    holdTx += sum(seatSizes.map(txWcu)) + txWcu(h);
    bookTx += sum(seatSizes.map(txWcu)) + txWcu(bk) + txWcu(h) + txWcu(o) + txWcu(k);
    totals.seat += sum(seatSizes);
    totals.seats += seatSizes.length;
    totals.hold += h;
    totals.booking += bk;
    totals.outbox += o;
    totals.idempotency += k;
  }
  const n = Math.max(1, bookings.length);
  return {
    bookings: bookings.length,
    holdTxWcu: holdTx / n,
    bookTxWcu: bookTx / n,
    sizes: {
      seat: totals.seat / Math.max(1, totals.seats),
      hold: totals.hold / n,
      booking: totals.booking / n,
      outbox: totals.outbox / n,
      idempotency: totals.idempotency / n,
    },
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/**
 * Asks DynamoDB Local what a transaction of three ~100-byte Puts costs; AWS's rule (2 WCU per
 * started KB per item) says 6. Run on every bench so RESULTS.md says what this Local does.
 */
export async function probeTxAccounting(client: DynamoDBClient, table: string): Promise<{ items: number; reported: number; awsRule: number }> {
  const { TransactWriteItemsCommand } = await import('@aws-sdk/client-dynamodb');
  const id = Date.now().toString(36);
  const items = [1, 2, 3].map((n) => ({
    Put: { TableName: table, Item: { pk: { S: `BENCHPROBE#${id}` }, sk: { S: String(n) }, payload: { S: 'x'.repeat(90) } } },
  }));
  const out = await client.send(new TransactWriteItemsCommand({ TransactItems: items, ReturnConsumedCapacity: 'TOTAL' }));
  const reported = (out.ConsumedCapacity ?? []).reduce((s, c) => s + (c.CapacityUnits ?? 0), 0);
  return { items: items.length, reported, awsRule: items.length * txWcu(100) };
}
