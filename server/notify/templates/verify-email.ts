import { escapeHtml } from '../../domain/escape-html.js';

export function verifyEmailMessage(p: { name: string; code: string; minutes: number; verifyUrl: string }) {
  const subject = `${p.code} is your Movie Magic verification code`;
  const text =
    `Hello ${p.name},\n\n` +
    `Your Movie Magic verification code is ${p.code}. It is valid for ${p.minutes} minutes.\n` +
    `Enter it at ${p.verifyUrl}\n\n` +
    `If you did not create an account, ignore this email.\n`;
  const html =
    `<p>Hello ${escapeHtml(p.name)},</p>` +
    `<p>Your Movie Magic verification code is <strong>${p.code}</strong>. It is valid for ${p.minutes} minutes.</p>` +
    `<p><a href="${escapeHtml(p.verifyUrl)}">Verify your email</a></p>` +
    `<p>If you did not create an account, ignore this email.</p>`;
  return { subject, text, html };
}
