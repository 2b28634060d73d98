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

export function refundFor(quote: Pick<Quote, 'ticketsMinor'>, policy: CancellationPolicy, showStartsAt: Date, now: Date): Refund {
  const tiers = tiersLatestLast(policy);
  const msBefore = showStartsAt.getTime() - now.getTime();
  if (!(msBefore > 0)) return { cancellable: false, refundPercent: 0, refundMinor: 0, reason: 'show_started' };
  const tier = tiers.find((t) => msBefore >= t.hoursBefore * HOUR_MS);
  if (!tier || tier.refundPercent === 0) return { cancellable: true, refundPercent: 0, refundMinor: 0, reason: 'too_late_for_refund' };
  return {
    cancellable: true,
    refundPercent: tier.refundPercent,
    refundMinor: percentOf(quote.ticketsMinor, Math.round(tier.refundPercent * 100)),
  };
}

function duration(hours: number): string {
  if (Number.isInteger(hours)) return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  const minutes = Math.round(hours * 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

function refundWords(percent: number): string {
  if (percent === 100) return 'a full refund of the ticket price';
  if (percent === 0) return 'no refund';
  return `${percent}% of the ticket price back`;
}

/** The policy in sentences, shown before purchase. */
export function describePolicy(policy: CancellationPolicy): string[] {
  const tiers = tiersLatestLast(policy);
  const sentences = tiers.map((t, i) => {
    const earlier = tiers[i - 1];
    if (!earlier) {
      return t.hoursBefore === 0
        ? `Cancel any time before the show starts for ${refundWords(t.refundPercent)}.`
        : `Cancel at least ${duration(t.hoursBefore)} before the show for ${refundWords(t.refundPercent)}.`;
    }
    const when = t.hoursBefore === 0 ? `less than ${duration(earlier.hoursBefore)}` : `at least ${duration(t.hoursBefore)} but less than ${duration(earlier.hoursBefore)}`;
    return `Cancel ${when} before the show for ${refundWords(t.refundPercent)}.`;
  });
  const last = tiers[tiers.length - 1];
  if (!last) sentences.push('Cancellations before the show are not refunded.');
  else if (last.hoursBefore > 0) sentences.push(`Cancellations less than ${duration(last.hoursBefore)} before the show are not refunded.`);
  sentences.push('The convenience fee is not refunded.', 'Bookings cannot be cancelled once the show has started.');
  return sentences;
}
