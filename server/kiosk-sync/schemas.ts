import { z } from 'zod';
import { KIOSK_PAYMENT_METHODS } from '../domain/kiosk-sale.js';

const seatId = z.string().regex(/^[A-Z]{1,2}\d{1,3}$/, 'must be a seat such as A1');
const id = z.string().min(1).max(100);
const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date and time');

export const registerKioskSchema = z.object({
  theaterId: id,
  name: z.string().trim().min(1, 'give the kiosk a name').max(60),
  publicKey: z.string().max(200).optional(),
});

export const createLeaseSchema = z.object({
  kioskId: id,
  showtimeId: id,
  seats: z.array(seatId).min(1, 'lease at least one seat').max(99, 'lease at most 99 seats at a time'),
  endsAt: iso.optional(),
});

export const renewLeaseSchema = z.object({ endsAt: iso.optional() });

export const customerSchema = z
  .object({
    name: z.string().trim().max(80).optional(),
    phone: z.string().trim().max(20).optional(),
    email: z.string().trim().email('must be an email address').max(200).optional().or(z.literal('')),
  })
  .optional();

export const paymentSchema = z.object({ method: z.enum(KIOSK_PAYMENT_METHODS as [string, ...string[]]) });

const quoteSchema = z.object({
  currency: z.literal('INR'),
  lines: z.array(z.object({ seat: seatId, type: z.enum(['regular', 'premium', 'recliner', 'couple', 'wheelchair']), priceMinor: z.number().int().min(0) })),
  ticketsMinor: z.number().int().min(0),
  convenienceFeeMinor: z.number().int().min(0),
  taxMinor: z.number().int().min(0),
  totalMinor: z.number().int().min(0),
});

export const kioskSaleSchema = z.object({
  id: z.string().uuid(),
  kioskId: id,
  leaseId: id,
  showtimeId: id,
  seats: z.array(seatId).min(1).max(10),
  bookingId: z.string().max(30),
  payment: paymentSchema,
  quote: quoteSchema,
  customer: customerSchema,
  soldAt: iso,
  soldBy: id,
  signature: z.string().max(100),
});

export const pushSalesSchema = z.object({
  kioskNow: iso,
  sales: z.array(z.unknown()).max(50, 'send at most 50 sales at a time'),
});

export const onlineSaleSchema = z.object({
  saleId: z.string().uuid(),
  showtimeId: id,
  seats: z.array(z.string()).min(1).max(10),
  payment: paymentSchema,
  customer: customerSchema,
  soldBy: id,
});

export const scansSchema = z.object({
  scans: z
    .array(
      z.object({
        bookingId: z.string().max(30),
        seat: seatId,
        showtimeId: id,
        door: z.string().trim().min(1).max(40),
        scannedAt: iso,
      }),
    )
    .max(200, 'send at most 200 scans at a time'),
});

export const resolveConflictSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('reseat'), seats: z.array(seatId).min(1).max(10), note: z.string().max(200).optional() }),
  z.object({ action: z.literal('refund'), note: z.string().max(200).optional() }),
]);

export const kioskKeySchema = z.object({ publicKey: z.string().min(40).max(200) });
