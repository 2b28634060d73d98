/**
 * What a cancellation refunds, under a theater's policy (catalog.ts). Only tickets are refunded,
 * never the convenience fee. A booking can be cancelled until the show starts; in the last hours
 * that means releasing the seats for no refund.
 */
import type { CancellationPolicy } from './catalog.js';
import { percentOf } from './money.js';
import type { Quote } from './pricing.js';

const HOUR_MS = 3_600_000;

export type RefundReason = 'show_started' | 'too_late_for_refund';

/** Sentences for people, one per reason. */
export const REFUND_REASON_MESSAGES: Record<RefundReason, string> = {
  show_started: 'This show has already started, so the booking can no longer be cancelled.',
  too_late_for_refund: 'The show starts too soon for a refund; cancelling now releases the seats without one.',
};

export interface Refund {
  cancellable: boolean;
  refundPercent: number;
  refundMinor: number;
  reason?: RefundReason;
}

function tiersLatestLast(policy: CancellationPolicy) {
  for (const t of policy.tiers) {
    if (!Number.isFinite(t.hoursBefore) || t.hoursBefore < 0) throw new RangeError(`hoursBefore must be 0 or more, got ${t.hoursBefore}.`);
    const bps = t.refundPercent * 100;
    if (!(t.refundPercent >= 0 && t.refundPercent <= 100) || Math.abs(bps - Math.round(bps)) > 1e-9) {
      throw new RangeError(`refundPercent must be 0–100 with at most two decimals, got ${t.refundPercent}.`);
    }
  }
  return [...policy.tiers].sort((a, b) => b.hoursBefore - a.hoursBefore);
}

export function refundFor(quote: Pick<Quote, 'ticketsMinor' | 'points'>, policy: CancellationPolicy, showStartsAt: Date, now: Date): Refund {
  const tiers = tiersLatestLast(policy);
  const msBefore = showStartsAt.getTime() - now.getTime();
  if (!(msBefore > 0)) return { cancellable: false, refundPercent: 0, refundMinor: 0, reason: 'show_started' };
  const tier = tiers.find((t) => msBefore >= t.hoursBefore * HOUR_MS);
  if (!tier || tier.refundPercent === 0) return { cancellable: true, refundPercent: 0, refundMinor: 0, reason: 'too_late_for_refund' };
  return {
    cancellable: true,
    refundPercent: tier.refundPercent,
    // Of what was paid for the tickets: points spent come back as points (domain/loyalty.ts).
    refundMinor: percentOf(quote.ticketsMinor - (quote.points?.discountMinor ?? 0), Math.round(tier.refundPercent * 100)),
  };
}

/** The words a policy is described in; the page's catalog passes its language's (views/i18n). */
export interface PolicyWords {
  hours: (n: number) => string;
  minutes: (n: number) => string;
  fullRefund: string;
  noRefund: string;
  percentBack: (percent: number) => string;
  anyTime: (refund: string) => string;
  atLeast: (duration: string, refund: string) => string;
  lessThan: (duration: string, refund: string) => string;
  between: (min: string, max: string, refund: string) => string;
  neverRefunded: string;
  lateNotRefunded: (duration: string) => string;
  feeNotRefunded: string;
  notAfterStart: string;
}

export const ENGLISH_POLICY_WORDS: PolicyWords = {
  hours: (n) => `${n} ${n === 1 ? 'hour' : 'hours'}`,
  minutes: (n) => `${n} ${n === 1 ? 'minute' : 'minutes'}`,
  fullRefund: 'a full refund of the ticket price',
  noRefund: 'no refund',
  percentBack: (percent) => `${percent}% of the ticket price back`,
  anyTime: (refund) => `Cancel any time before the show starts for ${refund}.`,
  atLeast: (d, refund) => `Cancel at least ${d} before the show for ${refund}.`,
  lessThan: (d, refund) => `Cancel less than ${d} before the show for ${refund}.`,
  between: (min, max, refund) => `Cancel at least ${min} but less than ${max} before the show for ${refund}.`,
  neverRefunded: 'Cancellations before the show are not refunded.',
  lateNotRefunded: (d) => `Cancellations less than ${d} before the show are not refunded.`,
  feeNotRefunded: 'The convenience fee is not refunded.',
  notAfterStart: 'Bookings cannot be cancelled once the show has started.',
};

/** The policy in sentences, shown before purchase. */
export function describePolicy(policy: CancellationPolicy, w: PolicyWords = ENGLISH_POLICY_WORDS): string[] {
  const tiers = tiersLatestLast(policy);
  const duration = (hours: number) => (Number.isInteger(hours) ? w.hours(hours) : w.minutes(Math.round(hours * 60)));
  const refundWords = (percent: number) => (percent === 100 ? w.fullRefund : percent === 0 ? w.noRefund : w.percentBack(percent));
  const sentences = tiers.map((t, i) => {
    const earlier = tiers[i - 1];
    const refund = refundWords(t.refundPercent);
    if (!earlier) return t.hoursBefore === 0 ? w.anyTime(refund) : w.atLeast(duration(t.hoursBefore), refund);
    return t.hoursBefore === 0 ? w.lessThan(duration(earlier.hoursBefore), refund) : w.between(duration(t.hoursBefore), duration(earlier.hoursBefore), refund);
  });
  const last = tiers[tiers.length - 1];
  if (!last) sentences.push(w.neverRefunded);
  else if (last.hoursBefore > 0) sentences.push(w.lateNotRefunded(duration(last.hoursBefore)));
  sentences.push(w.feeNotRefunded, w.notAfterStart);
  return sentences;
}
