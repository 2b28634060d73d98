/**
 * Process-local metrics in Prometheus text format. Each server process counts its own traffic;
 * Prometheus scrapes every process and sums. Plain maps, no library: incrementing is a Map
 * lookup, so instrumenting a hot path costs next to nothing.
 */
type Labels = Record<string, string>;

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}="${labels[k].replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`)
    .join(',');
}

export class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const k = labelKey(labels);
    this.values.set(k, (this.values.get(k) ?? 0) + by);
  }

  get(labels: Labels = {}): number {
    return this.values.get(labelKey(labels)) ?? 0;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    if (this.values.size === 0) lines.push(`${this.name} 0`);
    for (const [k, v] of this.values) lines.push(`${this.name}${k ? `{${k}}` : ''} ${v}`);
    return lines.join('\n');
  }
}

/** Seconds; buckets from 5 ms to 10 s cover a page, a booking and a stuck store call. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Histogram {
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: number[] = LATENCY_BUCKETS,
  ) {}

  observe(labels: Labels, value: number): void {
    const k = labelKey(labels);
    let s = this.series.get(k);
    if (!s) this.series.set(k, (s = { counts: this.buckets.map(() => 0), sum: 0, count: 0 }));
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]) s.counts[i]++;
    s.sum += value;
    s.count++;
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [k, s] of this.series) {
      const sep = k ? `${k},` : '';
      this.buckets.forEach((b, i) => lines.push(`${this.name}_bucket{${sep}le="${b}"} ${s.counts[i]}`));
      lines.push(`${this.name}_bucket{${sep}le="+Inf"} ${s.count}`);
      lines.push(`${this.name}_sum${k ? `{${k}}` : ''} ${Number(s.sum.toFixed(6))}`);
      lines.push(`${this.name}_count${k ? `{${k}}` : ''} ${s.count}`);
    }
    return lines.join('\n');
  }
}

export class Gauge {
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly read: () => number,
  ) {}

  render(): string {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`, `${this.name} ${this.read()}`].join('\n');
  }
}

export const metrics = {
  requests: new Counter('moviemagic_http_requests_total', 'HTTP requests answered, by method, route pattern and status.'),
  latency: new Histogram('moviemagic_http_request_duration_seconds', 'Time to answer an HTTP request (until the handler returned), by method and route pattern.'),
  refusals: new Counter('moviemagic_refusals_total', 'Requests refused with an error code (seats_unavailable, hold_expired, rate_limited, store_unavailable…).'),
  bookings: new Counter('moviemagic_bookings_total', 'Bookings confirmed (seats sold in the booking transaction).'),
  bookedSeats: new Counter('moviemagic_booked_seats_total', 'Seats sold in confirmed bookings.'),
  holds: new Counter('moviemagic_holds_total', 'Seat-hold transactions, by result: placed, or seats_taken (lost a race).'),
  conflicts: new Counter('moviemagic_store_transaction_conflicts_total', 'DynamoDB transactions cancelled by a TransactionConflict with another transaction, by outcome of the retry.'),
  storeRetries: new Counter('moviemagic_store_retries_total', 'DynamoDB calls the SDK retried (throttling, 5xx, network), counted per extra attempt.'),
  paymentsSwept: new Counter('moviemagic_payments_swept_total', 'Payments the sweep settled after a crash, by action: captured, voided.'),
};
