import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../server/store/db.js';
import { listPayments } from '../server/store/payments.js';

export type Item = Record<string, unknown>;

/** Every item of the bench's table (bench only: the app itself never scans). */
export async function scanAll(db: Db): Promise<Item[]> {
  const items: Item[] = [];
  let ExclusiveStartKey: Item | undefined;
  do {
    const out = await db.doc.send(new ScanCommand({ TableName: db.table, ExclusiveStartKey, ConsistentRead: true }));
    items.push(...(out.Items ?? []));
    ExclusiveStartKey = out.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
}

export interface SaleCheck {
  seatItemsSold: number;
  seatItemsHeld: number;
  bookingsConfirmed: number;
  seatsInBookings: number;
  /** Seats that appear in two or more confirmed bookings: double sales. */
  seatsInTwoBookings: string[];
  /** Sold seat items whose bookingId is not a confirmed booking listing that seat. */
  soldWithoutMatchingBooking: string[];
  /** Seats a confirmed booking lists that are not sold to that booking. */
  bookedButNotSoldToIt: string[];
  owedMinor: number;
  capturedMinor: number;
  refundedMinor: number;
  paymentsByStatus: Record<string, number>;
  showCounter: number | undefined;
  /** Booking totals, for capacity arithmetic later. */
  bookings: Item[];
  items: Item[];
}

/** What the table says after a sale of one show: seats against bookings against money. */
export async function checkSale(db: Db, showtimeId: string): Promise<SaleCheck> {
  const items = await scanAll(db);
  const seats = items.filter((i) => i.pk === `SHOW#${showtimeId}` && String(i.sk).startsWith('SEAT#'));
  const bookings = items.filter((i) => i.type === 'booking' && i.showtimeId === showtimeId && i.status === 'confirmed');
  const holds = new Set(items.filter((i) => i.type === 'hold' && i.showtimeId === showtimeId).map((i) => i.id as string));

  const owner = new Map<string, string[]>();
  for (const b of bookings) for (const s of b.seats as string[]) owner.set(s, [...(owner.get(s) ?? []), b.id as string]);
  const byId = new Map(bookings.map((b) => [b.id as string, b]));
  const sold = seats.filter((s) => s.status === 'sold');
  const soldTo = new Map(sold.map((s) => [s.seatId as string, s.bookingId as string]));

  const payments = (await listPayments(db)).filter((p) => holds.has(p.reference));
  const paymentsByStatus: Record<string, number> = {};
  for (const p of payments) paymentsByStatus[p.status] = (paymentsByStatus[p.status] ?? 0) + 1;

  return {
    seatItemsSold: sold.length,
    seatItemsHeld: seats.filter((s) => s.status === 'held').length,
    bookingsConfirmed: bookings.length,
    seatsInBookings: bookings.reduce((n, b) => n + (b.seats as string[]).length, 0),
    seatsInTwoBookings: [...owner].filter(([, ids]) => ids.length > 1).map(([s, ids]) => `${s} (${ids.join(', ')})`),
    soldWithoutMatchingBooking: sold
      .filter((s) => !(byId.get(s.bookingId as string)?.seats as string[] | undefined)?.includes(s.seatId as string))
      .map((s) => `${s.seatId as string}→${String(s.bookingId)}`),
    bookedButNotSoldToIt: [...owner].flatMap(([seat, ids]) => ids.filter((id) => soldTo.get(seat) !== id).map((id) => `${seat}@${id}`)),
    owedMinor: bookings.reduce((n, b) => n + (b.quote as { totalMinor: number }).totalMinor, 0),
    capturedMinor: payments.reduce((n, p) => n + p.capturedMinor, 0),
    refundedMinor: payments.reduce((n, p) => n + p.refundedMinor, 0),
    paymentsByStatus,
    showCounter: items.find((i) => i.pk === `SHOW#${showtimeId}` && i.sk === 'SHOW')?.seatsSold as number | undefined,
    bookings,
    items,
  };
}

/** What a warm-up run reports instead of a check. */
export const EMPTY_CHECK: SaleCheck = {
  seatItemsSold: 0,
  seatItemsHeld: 0,
  bookingsConfirmed: 0,
  seatsInBookings: 0,
  seatsInTwoBookings: [],
  soldWithoutMatchingBooking: [],
  bookedButNotSoldToIt: [],
  owedMinor: 0,
  capturedMinor: 0,
  refundedMinor: 0,
  paymentsByStatus: {},
  showCounter: undefined,
  bookings: [],
  items: [],
};

/** Double sales: seats in two bookings plus seat items and bookings that disagree. */
export function doubleSales(c: SaleCheck): number {
  return c.seatsInTwoBookings.length + c.soldWithoutMatchingBooking.length + c.bookedButNotSoldToIt.length;
}
