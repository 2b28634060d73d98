import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from './password.js';

const email = z.string().trim().max(254).email({ message: 'Enter a valid email address.' });

export const registerInput = z.object({
  email,
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { message: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
    .max(256, { message: 'Use at most 256 characters.' }),
  name: z.string().trim().min(1, { message: 'Enter your name.' }).max(100),
  phone: z
    .string()
    .trim()
    .transform((p) => p.replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^\+?[1-9]\d{9,14}$/, { message: 'Enter a phone number such as +919876543210.' }))
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export const verifyEmailInput = z.object({
  email,
  code: z.string().trim().regex(/^\d{6}$/, { message: 'Enter the 6-digit code.' }),
});

export const resendCodeInput = z.object({ email });

export const loginInput = z.object({
  email,
  password: z.string().min(1, { message: 'Enter your password.' }).max(256),
});

export type RegisterInput = z.infer<typeof registerInput>;
