import { renderEmail } from './email-layout.js';

/**
 * Sent once per window when an account's password logins get paused after repeated failures:
 * the owner learns someone is guessing, and what (not) to do about it.
 */
export function loginLockoutMessage(p: { name: string; failures: number; minutes: number; loginUrl: string }) {
  const subject = 'Logins to your Movie Magic account are paused for a while';
  const { text, html } = renderEmail({
    heading: 'Someone kept getting your password wrong',
    paragraphs: [
      `Hello ${p.name},`,
      `There were ${p.failures} failed attempts to log in to your account, so logging in with a password is paused for about ${p.minutes} minutes. Nobody got in: every attempt was refused.`,
      'If it was you, wait a little and try again. If it was not you, no action is needed, but make sure your password is not used on any other site.',
    ],
    buttons: [{ label: 'Log in', href: p.loginUrl }],
    footer: 'You get this email because repeated failed logins were made for your address. We send it at most once per pause.',
  });
  return { subject, text, html };
}
