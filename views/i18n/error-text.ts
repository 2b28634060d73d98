import { compareSeatIds } from '../../server/domain/seats-taken-message.js';
import type { ErrorCode } from '../../server/domain/errors.js';
import { REFUND_REASON_MESSAGES } from '../../server/domain/cancellation-policy.js';
import type { I18n } from './i18n.js';

/** What the error says, as AppError carries it. */
export interface ErrorLike {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/**
 * An AppError's sentence in the page's language. English keeps the error's own (often more
 * specific) sentence; Hindi and Telugu say the sentence for its code, with the seats or the
 * reason when the error carries them.
 */
export function errorText(i18n: I18n, err: ErrorLike): string {
  if (i18n.lang === 'en') return err.message;
  const w = i18n.t.errors;
  if (err.code === 'seats_unavailable' && Array.isArray(err.details?.seats) && err.details.seats.length) {
    const ids = [...new Set(err.details.seats as string[])].sort(compareSeatIds);
    return ids.length === 1 ? w.seatTaken(ids[0]) : w.seatsTaken(ids.join(', '));
  }
  if (err.code === 'sales_closed') {
    if (err.details?.reason === 'cancelled') return w.showCancelled;
    if (err.details?.reason === 'started' || err.details?.reason === 'past') return w.showStarted;
  }
  if (err.code === 'not_cancellable') {
    if (err.message === REFUND_REASON_MESSAGES.show_started) return i18n.t.cancel.started;
    if (err.message === REFUND_REASON_MESSAGES.too_late_for_refund) return w.tooLateForRefund;
    if (err.message === 'This booking is already cancelled.') return i18n.t.cancel.already;
  }
  return codeSentence(i18n, err.code);
}

/**
 * The sentence for a code in the page's language. Codes only staff and kiosks meet have theirs in
 * the admin catalog; typed as a full record, so a new code without words fails the typecheck.
 */
export function codeSentence(i18n: I18n, code: ErrorCode): string {
  const sentences: Record<ErrorCode, string> = { ...i18n.t.errors.codes, ...i18n.t.admin.errors };
  return sentences[code];
}
