/**
 * A phone number as SNS needs it for SMS: E.164 (+919876543210). Indian numbers are often
 * written without the country code (98765 43210, 098765 43210, 919876543210); those get +91.
 * Anything else that is not already E.164 is refused (null).
 */
export function toE164(phone: string): string | null {
  const p = phone.replace(/[\s().-]/g, '');
  if (/^\+[1-9]\d{7,14}$/.test(p)) return p;
  if (/^[6-9]\d{9}$/.test(p)) return `+91${p}`;
  if (/^0[6-9]\d{9}$/.test(p)) return `+91${p.slice(1)}`;
  if (/^91[6-9]\d{9}$/.test(p)) return `+${p}`;
  return null;
}
