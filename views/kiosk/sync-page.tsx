import { isErrorCode } from '../../server/domain/errors.js';
import { formatInr } from '../../server/domain/money.js';
import { CsrfField } from '../components/csrf-field.js';
import { useKioskWords, type KioskWords } from '../i18n/features/kiosk.js';
import { codeSentence } from '../i18n/error-text.js';
import { useI18n, type I18n } from '../i18n/i18n.js';
import { conflictReasonText, paymentMethodText, saleDetailText } from './conflict-text.js';

export interface SyncPageProps {
  csrfToken: string;
  status: { online: boolean; lastSyncAt: string | null; cachedAt: string | null; pendingSales: number; lastError: string | null; lastErrorCode?: string | null; nextAttemptAt: string | null };
  timezone: string;
  queue: { id: string; bookingId: string | null; seats: string[]; totalMinor: number; method: string; status: string; reason: string | null; detail: string | null; detailCode?: string | null; resolution: string | null; soldAt: string }[];
  pending: { id: string; bookingId: string | null; seats: string[]; soldAt: string; mode: string }[];
  leases: { id: string; showtimeId: string; seats: string[]; endsAt: string; status: string; movieTitle: string; auto?: boolean }[];
}

const RESOLUTION_TEXT = (w: KioskWords['sync'], json: string | null) => {
  if (!json) return null;
  const r = JSON.parse(json) as { action: string; seats?: string[]; refundMinor?: number; differenceMinor?: number; note?: string };
  const what = r.action === 'reseat' ? w.reseated(r.seats?.join(', ') ?? '') : w.refund(formatInr(r.refundMinor ?? 0));
  const diff = r.differenceMinor ? (r.differenceMinor > 0 ? w.collect(formatInr(r.differenceMinor)) : w.giveBack(formatInr(-r.differenceMinor))) : null;
  const said = diff ? `${what}; ${diff}` : what;
  return r.note ? `${said} (${r.note})` : said;
};

/**
 * The last sync problem in the page language: English keeps the link's or the server's own
 * sentence; Hindi and Telugu say it from its kind (unreachable, or the server's error code).
 */
function problemText(i: I18n, w: KioskWords['sync'], message: string, code: string | null): string {
  if (i.lang === 'en' || !code) return message;
  if (code === 'unreachable') return w.serverUnreachable;
  return isErrorCode(code) ? codeSentence(i, code) : w.syncFailed;
}

/** Sync status, the conflict queue, what still waits to go up, and this kiosk's leases. */
export const SyncPage = (props: SyncPageProps) => {
  const i = useI18n();
  const w = useKioskWords().sync;
  const at = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i.locale, { timeZone: props.timezone, dateStyle: 'medium', timeStyle: 'medium' }) : w.never);
  return (
    <section class="kiosk-sync">
      <h1>{w.heading}</h1>
      <dl class="kiosk-facts">
        <dt>{w.link}</dt>
        <dd>{props.status.online ? w.online : w.offline}</dd>
        <dt>{w.lastSync}</dt>
        <dd>{at(props.status.lastSyncAt)}</dd>
        <dt>{w.dataFrom}</dt>
        <dd>{at(props.status.cachedAt)}</dd>
        <dt>{w.waiting}</dt>
        <dd>{props.status.pendingSales}</dd>
        {props.status.lastError ? (
          <>
            <dt>{w.lastProblem}</dt>
            <dd>{problemText(i, w, props.status.lastError, props.status.lastErrorCode ?? null)}</dd>
          </>
        ) : null}
      </dl>
      <form method="post" action="/sync">
        <CsrfField token={props.csrfToken} />
        <button type="submit" class="kiosk-button kiosk-primary">
          {w.syncNow}
        </button>
      </form>

      <h2>{w.conflicts}</h2>
      {props.queue.length === 0 ? <p>{w.noConflicts}</p> : null}
      <ul class="kiosk-queue">
        {props.queue.map((q) => (
          <li class={`kiosk-queue-item kiosk-queue-${q.status}`}>
            <strong>{q.status === 'resolved' ? w.resolved : q.status === 'failed' ? w.failed : w.needsStaff}</strong> · {q.bookingId ?? q.id.slice(0, 8)} · {w.seats(q.seats.join(', '))} · {formatInr(q.totalMinor)} {paymentMethodText(i.lang, q.method)}
            <br />
            {conflictReasonText(i.lang, q.reason) ? <span>{conflictReasonText(i.lang, q.reason)}: </span> : null}
            {saleDetailText(i.lang, q)}
            {q.resolution ? <p>{RESOLUTION_TEXT(w, q.resolution)}</p> : q.status === 'conflict' ? <p class="muted">{w.managerDecides}</p> : null}
          </li>
        ))}
      </ul>

      <h2>{w.waitingHeading}</h2>
      {props.pending.length === 0 ? <p>{w.nothing}</p> : null}
      <ul>
        {props.pending.map((p) => (
          <li>
            {at(p.soldAt)} · {p.bookingId ?? w.onlineSale} · {w.seats(p.seats.join(', '))}
          </li>
        ))}
      </ul>

      <h2>{w.leases}</h2>
      {props.leases.length === 0 ? <p>{w.noLeases}</p> : null}
      <ul class="kiosk-leases">
        {props.leases.map((l) => (
          <li>
            {l.movieTitle} · {w.leaseSeats(l.seats.length, l.seats.join(', '))} · {w.sellsUntil(at(l.endsAt))}
            {l.auto ? w.autoLease : ''}
            {l.status === 'returning' ? (
              <span>{w.beingReturned}</span>
            ) : (
              <form method="post" action={`/leases/${encodeURIComponent(l.id)}/return`} class="kiosk-inline-form">
                <CsrfField token={props.csrfToken} />
                <button type="submit" class="kiosk-button">
                  {w.returnSeats}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
};
