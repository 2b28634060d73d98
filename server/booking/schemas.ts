import { z } from 'zod';

export const holdInput = z.object({
  showtimeId: z.string().trim().min(1).max(120),
  // The 1–10 rule, unknown and duplicate seats are checked by the domain, which names them.
  seats: z.array(z.string().trim().min(1).max(8)).max(100),
});

export const bookingInput = z.object({
  holdId: z.string().trim().min(1).max(80),
  payment: z.object({
    method: z.enum(['upi', 'card', 'wallet', 'netbanking'], { message: 'Choose UPI, card, wallet or net banking.' }),
    token: z.string().max(200).optional(),
  }),
  /** Loyalty points: only whether to use them; the server works out how many. */
  usePoints: z.boolean().optional(),
});

export const idempotencyKey = z.string().trim().min(1, 'Idempotency-Key must be 1–100 characters.').max(100, 'Idempotency-Key must be 1–100 characters.').regex(/^[\w.:-]+$/, 'Idempotency-Key may use letters, digits, _ . : -');
