import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Showtime } from '../../server/domain/catalog.js';
import { AppError, isErrorCode, type ErrorCode } from '../../server/domain/errors.js';
import { quote } from '../../server/domain/pricing.js';
import { cachedLayoutSeats } from '../db/cache-read.js';
import { sales, saleSeats } from '../db/schema.js';
import type { KioskContext } from '../context.js';
import type { KioskStaff } from '../auth/kiosk-session.js';
import { ServerRefused, ServerUnreachable } from '../sync/server-client.js';
import type { OnlineSaleAnswer } from '../sync/wire.js';
import type { SaleAnswer, SaleInput } from './sell.js';

type SaleRow = typeof sales.$inferSelect;

/** The server's answer to an online sale, by its code when we know it. */
export function refusal(err: ServerRefused): AppError {
  const code: ErrorCode = isErrorCode(err.code) ? err.code : 'invalid_request';
  return new AppError(code, err.message, err.details);
}

/**
 * Sells free seats through the server (its hold and booking path). The sale is written here
 * first, as `sending`, so a crash or a lost answer retries the same sale id, which the server
 * applies once.
 */
export async function sellThroughServer(ctx: KioskContext, staff: KioskStaff, show: Showtime, input: SaleInput, now: Date): Promise<SaleAnswer> {
  const layout = new Map((cachedLayoutSeats(ctx.db, show.screenId, show.layoutVersion) ?? []).map((s) => [s.id, s]));
  const q = quote({ seats: input.seats.map((id) => ({ id, type: layout.get(id)!.type })), prices: show.prices, convenienceFeeBps: 0 });
  const customer = input.customer && Object.values(input.customer).some(Boolean) ? input.customer : undefined;
  const id = randomUUID();
  try {
    ctx.db.transaction((tx) => {
      tx.insert(saleSeats).values(input.seats.map((seatId) => ({ showtimeId: show.id, seatId, saleId: id }))).run();
      tx.insert(sales)
        .values({
          id,
          mode: 'online',
          showtimeId: show.id,
          seats: JSON.stringify(input.seats),
          quote: JSON.stringify(q),
          method: input.payment.method,
          customer: customer ? JSON.stringify(customer) : null,
          soldAt: now.toISOString(),
          soldBy: staff.id,
          status: 'sending',
        })
        .run();
    });
  } catch (err) {
    if ((err as { code?: string })?.code?.startsWith('SQLITE_CONSTRAINT')) {
      throw new AppError('seats_unavailable', 'Those seats were just sold at this kiosk. Pick others.', { seats: input.seats });
    }
    throw err;
  }
  const row = ctx.db.select().from(sales).where(eq(sales.id, id)).get()!;
  try {
    return await sendOnlineSale(ctx, row, 'forget');
  } catch (err) {
    if (err instanceof ServerUnreachable) {
      throw new AppError('store_unavailable', 'The server stopped answering mid-sale. The kiosk will finish or cancel it at the next sync: see Sync before handing over tickets.', { saleId: id, why: 'server_stopped' });
    }
    throw err;
  }
}

/**
 * Sends (or re-sends) an online sale. On a refusal its seats are let go and the sale is either
 * forgotten (the first try, while staff watch the answer: nothing was sold) or kept as `failed`
 * (a retry after a lost answer: staff may have taken the money, so it goes in the queue).
 */
export async function sendOnlineSale(ctx: KioskContext, row: SaleRow, onRefusal: 'forget' | 'fail'): Promise<SaleAnswer> {
  const body = {
    saleId: row.id,
    showtimeId: row.showtimeId,
    seats: JSON.parse(row.seats) as string[],
    payment: { method: row.method },
    ...(row.customer ? { customer: JSON.parse(row.customer) } : {}),
    soldBy: row.soldBy,
  };
  try {
    const answer = await ctx.server.request<OnlineSaleAnswer>('POST', '/online-sales', body);
    ctx.sync.markOnline();
    ctx.db
      .update(sales)
      .set({ status: 'synced', bookingId: answer.sale.bookingId, quote: JSON.stringify(answer.sale.quote), tickets: JSON.stringify(answer.tickets), syncedAt: ctx.clock().toISOString() })
      .where(eq(sales.id, row.id))
      .run();
    return { id: row.id, bookingId: answer.sale.bookingId, seats: answer.sale.seats, quote: answer.sale.quote, synced: true };
  } catch (err) {
    if (err instanceof ServerUnreachable) {
      ctx.sync.markOffline(err);
      ctx.db.update(sales).set({ attempts: row.attempts + 1 }).where(eq(sales.id, row.id)).run();
      throw err;
    }
    if (err instanceof ServerRefused) {
      ctx.db.transaction((tx) => {
        tx.delete(saleSeats).where(eq(saleSeats.saleId, row.id)).run();
        if (onRefusal === 'forget') tx.delete(sales).where(eq(sales.id, row.id)).run();
        else tx.update(sales).set({ status: 'failed', reason: err.code, detail: err.message }).where(eq(sales.id, row.id)).run();
      });
      throw refusal(err);
    }
    throw err;
  }
}
