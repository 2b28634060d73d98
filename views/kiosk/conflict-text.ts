import { isErrorCode } from '../../server/domain/errors.js';
import type { Lang } from '../../server/domain/i18n/lang.js';
import { conflictDetailText, isConflictDetail, type ConflictDetail } from '../../server/domain/kiosk-conflict-detail.js';
import { KIOSK_WORDS } from '../i18n/features/kiosk.js';
import type { I18n } from '../i18n/i18n.js';
import { kioskErrorText } from './kiosk-error-text.js';

/** A stored `ConflictDetail` (JSON); anything else is none. */
export function parseConflictDetail(json: string | null | undefined): ConflictDetail | undefined {
  if (!json) return undefined;
  try {
    const d = JSON.parse(json) as unknown;
    return isConflictDetail(d) ? d : undefined;
  } catch {
    return undefined;
  }
}


/** A conflict's reason ("Lease taken back"); null for a failed online sale, whose detail says it all. */
export function conflictReasonText(lang: Lang, reason: string | null | undefined): string | null {
  if (!reason) return null;
  const names = KIOSK_WORDS[lang].conflicts.reasons as Record<string, string>;
  if (reason in names) return names[reason];
  return isErrorCode(reason) ? null : reason.replaceAll('_', ' ');
}

/**
 * Why a sale made here was not applied, in the page language: from the server's code and facts;
 * a sale the server refused online, from its error code; an old row keeps the English it stored.
 */
export function saleDetailText(lang: Lang, row: { reason: string | null; detail: string | null; detailCode?: string | null }): string | null {
  const d = parseConflictDetail(row.detailCode);
  if (d) return conflictDetailText(KIOSK_WORDS[lang].conflicts.details, d);
  if (lang !== 'en' && isErrorCode(row.reason)) return kioskErrorText(lang, { code: row.reason, message: row.detail ?? '' });
  return row.detail;
}

/** A payment method's name (cash, card, UPI); an unknown one as stored. */
export function paymentMethodText(lang: Lang, method: string | null | undefined): string {
  const w = KIOSK_WORDS[lang].sell;
  return method === 'cash' || method === 'card' || method === 'upi' ? w[method] : (method ?? '');
}

/**
 * The server's conflicts (the admin panel's kiosk page) with the detail and a reason the admin
 * catalog does not name in the page language (the page names the payment method itself).
 */
export function conflictsInLang<T extends { reason: string; detail?: string; conflictDetail?: ConflictDetail }>(i18n: I18n, list: T[]): T[] {
  const named = i18n.t.admin.kiosks.reasons;
  return list.map((c) => ({
    ...c,
    ...(c.conflictDetail ? { detail: conflictDetailText(KIOSK_WORDS[i18n.lang].conflicts.details, c.conflictDetail) } : {}),
    ...(c.reason in named ? {} : { reason: conflictReasonText(i18n.lang, c.reason) ?? c.reason }),
  }));
}
