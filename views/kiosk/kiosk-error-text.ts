import { compareSeatIds } from '../../server/domain/seats-taken-message.js';
import type { ErrorCode } from '../../server/domain/errors.js';
import type { Lang } from '../../server/domain/i18n/lang.js';
import { errorText, type ErrorLike } from '../i18n/error-text.js';
import { KIOSK_WORDS } from '../i18n/features/kiosk.js';
import { i18nFor } from '../i18n/i18n.js';

/** Sentences a kiosk service writes that its error code alone does not tell apart (`details.why`). */
export type KioskErrorWhy =
  | 'not_synced'
  | 'show_not_listed'
  | 'no_sale'
  | 'leased_apart'
  | 'offline_not_leased'
  | 'server_stopped'
  | 'kiosk_sales_closed'
  | 'no_lease'
  | 'lease_returning'
  | 'renew_offline'
  | 'renew_refused';

const seatList = (seats: unknown): string | null =>
  Array.isArray(seats) && seats.length ? [...new Set(seats.map(String))].sort(compareSeatIds).join(', ') : null;

/**
 * A refusal the kiosk shows staff, in the page language. English keeps the service's own sentence;
 * Hindi and Telugu say it from the error's code (with `details.why`, the seats or the server's
 * code where the error carries them), so the service keeps writing codes, not sentences.
 */
export function kioskErrorText(lang: Lang, err: ErrorLike): string {
  if (lang === 'en') return err.message;
  const w = KIOSK_WORDS[lang].errors;
  const d = err.details ?? {};
  const seats = seatList(d.seats);
  switch (d.why as KioskErrorWhy | undefined) {
    case 'not_synced':
      return w.notSynced;
    case 'show_not_listed':
      return w.showNotListed;
    case 'no_sale':
      return w.noSale;
    case 'leased_apart':
      return w.leasedApart(seats ?? '');
    case 'offline_not_leased':
      return w.offlineNotLeased(seats ?? '');
    case 'server_stopped':
      return w.serverStopped;
    case 'kiosk_sales_closed':
      return w.kioskSalesClosed;
    case 'no_lease':
      return w.noLease;
    case 'lease_returning':
      return w.leaseReturning;
    case 'renew_offline':
      return w.renewOffline;
    case 'renew_refused':
      return w.renewRefused(kioskErrorText(lang, { code: (typeof d.serverCode === 'string' ? d.serverCode : 'invalid_request') as ErrorCode, message: err.message, details: { ...d, why: undefined } }));
  }
  if (err.code === 'seats_unavailable' && seats) return seats.includes(',') ? w.seatsTaken(seats) : w.seatTaken(seats);
  if (err.code === 'sales_closed' && d.reason === 'cancelled') return w.showCancelled;
  return (w.codes as Partial<Record<ErrorCode, string>>)[err.code] ?? errorText(i18nFor(lang), err);
}
