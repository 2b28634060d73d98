import { z } from 'zod';
import { AppError } from '../domain/errors.js';
import { toE164 } from '../domain/phone.js';
import type { Db } from '../store/db.js';
import { getUserById, updateContactPrefs } from '../store/users.js';

export const contactPrefsInput = z.object({
  phone: z
    .union([z.string().trim().max(20), z.null()])
    .optional()
    .transform((p, ctx) => {
      if (p === undefined || p === null || p === '') return p === '' ? null : p;
      const e164 = toE164(p);
      if (!e164) ctx.addIssue({ code: 'custom', message: 'Enter a mobile number such as +919876543210.' });
      return e164 ?? undefined;
    }),
  smsOptIn: z.boolean().optional(),
});

export type ContactPrefsInput = z.infer<typeof contactPrefsInput>;

/** Phone and SMS consent; SMS needs a number, and removing the number ends the SMS. */
export async function updateContactPreferences(db: Db, userId: string, input: ContactPrefsInput) {
  const current = await getUserById(db, userId);
  if (!current) throw new AppError('unauthenticated');
  const phone = input.phone === undefined ? current.phone : input.phone;
  if (input.smsOptIn && !phone) {
    throw new AppError('invalid_request', 'Add a mobile number to get SMS.', { fields: { smsOptIn: 'Add a mobile number to get SMS.' } });
  }
  const user = await updateContactPrefs(db, userId, input);
  if (!user) throw new AppError('unauthenticated');
  return user;
}
