import { randomUUID } from 'node:crypto';
import { AppError } from '../domain/errors.js';
import { LEASE_GRACE_MS } from '../domain/lease-rules.js';
import { salesState } from '../domain/sales-window.js';
import { contactFor } from '../notify/booking-notices.js';
import { seatsFreeEmail, seatsFreeSms } from '../notify/templates/waitlist-messages.js';
import type { Db } from '../store/db.js';
import type { OutboxMessage } from '../store/outbox.js';
import {
  claimFreeing,
  finishFreeing,
  getFreeing,
  getWaitEntry,
  joinWaitlist,
  leaveWaitlist,
  markNotified,
  seatsToldFor,
  waitingEntries,
  type WaitEntry,
} from '../store/waitlist.js';
import { cachedShowtime } from './catalog-cache.js';
import type { Customer } from './deps.js';
import { salesClosedError } from './place-hold.js';
import { seatMap } from './seat-map.js';
import { cachedSeatItems } from './seat-state-cache.js';

/** What the waitlist needs; BookingDeps and KioskSyncDeps both have it. */
export interface WaitlistDeps {
  db: Db;
  clock: () => Date;
  publicUrl: string;
  messagesWaiting: () => void;
  log: (level: 'info' | 'warn' | 'error', msg: string, extra?: Record<string, unknown>) => void;
}

/** How many waiting entries one freeing of seats looks at (it tells at most one per freed seat). */
export const WAITLIST_SCAN = 50;

/**
 * Joins a show's waitlist. Only when the show has fewer free seats than the customer wants
 * (sold out, or nearly): otherwise they can simply book. One entry per customer per show.
 */
export async function joinShowWaitlist(deps: WaitlistDeps, customer: Customer, showtimeId: string, seats: number): Promise<WaitEntry> {
  if (!customer.emailVerified) throw new AppError('email_unverified', 'Please verify your email address first, so we can tell you when seats free up.');
  const now = deps.clock();
  const show = await cachedShowtime(deps.db, showtimeId);
  if (!show) throw new AppError('not_found', 'We could not find that show.');
  const state = salesState(show, now, 'online');
  if (!state.open) throw salesClosedError(state.reason);
  const map = await seatMap(deps.db, showtimeId, now);
  const free = map.seats.filter((s) => s.status === 'available').length;
  if (free >= seats) throw new AppError('waitlist_not_needed', undefined, { free });
  return joinWaitlist(
    deps.db,
    { showtimeId, userId: customer.id, seats, joinedAt: now.toISOString(), lang: customer.lang ?? 'en', status: 'waiting' },
    new Date(show.startsAt),
  );
}

export async function leaveShowWaitlist(deps: WaitlistDeps, userId: string, showtimeId: string): Promise<void> {
  await leaveWaitlist(deps.db, showtimeId, userId);
}

export async function waitlistEntryFor(deps: WaitlistDeps, userId: string, showtimeId: string): Promise<WaitEntry | null> {
  return getWaitEntry(deps.db, showtimeId, userId);
}

/**
 * `count` seats of a show came back (`freeing` names the event: a cancelled booking, a released
 * or expired hold, a returned lease). In the order they joined, the first entries whose party
 * fits in what is left are told — email, and SMS when they opted in — each marked in the same
 * transaction as its messages, so no one is told twice. Seats are not kept for them: the first
 * to book gets them. Each freeing is announced once (claimed first; marked done at the end).
 * Returns how many were told.
 */
export async function announceFreedSeats(
  deps: WaitlistDeps,
  showtimeId: string,
  freeing: string,
  count: number,
  opts: { resumeAfterMs?: number } = {},
): Promise<number> {
  if (count <= 0) return 0;
  const now = deps.clock();
  const entries = await waitingEntries(deps.db, showtimeId, WAITLIST_SCAN);
  if (!entries.length) return 0;
  const show = await cachedShowtime(deps.db, showtimeId);
  if (!show || !salesState(show, now, 'online').open) return 0;
  let left = count;
  if (!(await claimFreeing(deps.db, showtimeId, freeing, now, new Date(show.startsAt)))) {
    // Claimed before. A work item (`resumeAfterMs`) finishes an announcement whose process died
    // part way: the seats of those already told about this freeing are not announced again.
    if (opts.resumeAfterMs === undefined) return 0;
    const claim = await getFreeing(deps.db, showtimeId, freeing);
    if (!claim || claim.done) return 0;
    if (now.getTime() - Date.parse(claim.at) < opts.resumeAfterMs) throw new Error('the announcement of this freeing is under way');
    left -= await seatsToldFor(deps.db, showtimeId, freeing);
  }
  let told = 0;
  for (const e of entries) {
    if (left === 0) break;
    if (e.seats > left) continue;
    const contact = await contactFor(deps.db, e.userId);
    if (!contact) continue;
    const ctx = {
      name: contact.name,
      lang: e.lang,
      movieTitle: show.movieTitle,
      theaterName: show.theaterName,
      screenName: show.screenName,
      startsAt: show.startsAt,
      timezone: show.timezone,
      seats: e.seats,
      link: `${deps.publicUrl}/showtimes/${encodeURIComponent(show.id)}`,
    };
    const common = { kind: 'waitlist_seats_free', lang: e.lang, createdAt: now.toISOString() };
    const messages: OutboxMessage[] = [{ id: randomUUID(), channel: 'email', to: contact.email, ...seatsFreeEmail(ctx), ...common }];
    if (contact.smsTo) messages.push({ id: randomUUID(), channel: 'sms', to: contact.smsTo, subject: '', text: seatsFreeSms(ctx), ...common });
    if (await markNotified(deps.db, e, freeing, messages, now)) {
      left -= e.seats;
      told++;
    }
  }
  await finishFreeing(deps.db, showtimeId, freeing);
  if (told) deps.messagesWaiting();
  return told;
}

/** `announceFreedSeats` for callers whose own change is already done: it never fails them. */
export async function seatsCameBack(deps: WaitlistDeps, showtimeId: string, freeing: string, count: number): Promise<number> {
  try {
    return await announceFreedSeats(deps, showtimeId, freeing, count);
  } catch (err) {
    deps.log('warn', 'waitlist not told about freed seats', { showtimeId, freeing, error: (err as Error).message });
    return 0;
  }
}

/** Expired holds this process has already looked at (a memo only: the FREED item decides). */
const seenExpiries = new Set<string>();

/**
 * An expired hold frees its seats by condition, without any write (DESIGN rule 1), so nothing
 * happens at that moment; so does a kiosk lease left to lapse (free `LEASE_GRACE_MS` after its
 * end). The next read of the show's seat map, or the per-minute waitlist sweep, finds them (the
 * seat items, from the short per-process cache) and announces each expiry and lapse once.
 */
export async function announceExpiredHolds(deps: WaitlistDeps, showtimeId: string): Promise<number> {
  const now = deps.clock();
  const items = await cachedSeatItems(deps.db, showtimeId);
  const byFreeing = new Map<string, number>();
  for (const i of items) {
    const freeing =
      i.status === 'held' && i.holdExpiresAt && i.holdExpiresAt < now.toISOString()
        ? `expired-${i.holdExpiresAt}`
        : i.status === 'leased' && i.leaseEndsAt && Date.parse(i.leaseEndsAt) + LEASE_GRACE_MS < now.getTime()
          ? `lapsed-${i.leaseEndsAt}`
          : null;
    if (freeing) byFreeing.set(freeing, (byFreeing.get(freeing) ?? 0) + 1);
  }
  let told = 0;
  for (const [freeing, count] of byFreeing) {
    const memo = `${deps.db.table}#${showtimeId}#${freeing}`;
    if (seenExpiries.has(memo)) continue;
    if (seenExpiries.size > 10_000) seenExpiries.clear();
    seenExpiries.add(memo);
    told += await seatsCameBack(deps, showtimeId, freeing, count);
  }
  return told;
}
