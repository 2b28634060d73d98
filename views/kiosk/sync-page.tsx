import { formatInr } from '../../server/domain/money.js';
import { CsrfField } from '../components/csrf-field.js';

export interface SyncPageProps {
  csrfToken: string;
  status: { online: boolean; lastSyncAt: string | null; cachedAt: string | null; pendingSales: number; lastError: string | null; nextAttemptAt: string | null };
  timezone: string;
  queue: { id: string; bookingId: string | null; seats: string[]; totalMinor: number; method: string; status: string; reason: string | null; detail: string | null; resolution: string | null; soldAt: string }[];
  pending: { id: string; bookingId: string | null; seats: string[]; soldAt: string; mode: string }[];
  leases: { id: string; showtimeId: string; seats: string[]; endsAt: string; status: string; movieTitle: string; auto?: boolean }[];
}

const RESOLUTION_TEXT = (json: string | null) => {
  if (!json) return null;
  const r = JSON.parse(json) as { action: string; seats?: string[]; refundMinor?: number; note?: string };
  const what = r.action === 'reseat' ? `Reseated to ${r.seats?.join(', ')}` : `Refund ${formatInr(r.refundMinor ?? 0)} at the counter`;
  return r.note ? `${what} (${r.note})` : what;
};

/** Sync status, the conflict queue, what still waits to go up, and this kiosk's leases. */
export const SyncPage = (props: SyncPageProps) => {
  const at = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-IN', { timeZone: props.timezone, dateStyle: 'medium', timeStyle: 'medium' }) : 'never');
  return (
    <section class="kiosk-sync">
      <h1>Sync</h1>
      <dl class="kiosk-facts">
        <dt>Link</dt>
        <dd>{props.status.online ? 'Online' : 'Offline'}</dd>
        <dt>Last sync</dt>
        <dd>{at(props.status.lastSyncAt)}</dd>
        <dt>Data from</dt>
        <dd>{at(props.status.cachedAt)}</dd>
        <dt>Sales waiting to sync</dt>
        <dd>{props.status.pendingSales}</dd>
        {props.status.lastError ? (
          <>
            <dt>Last problem</dt>
            <dd>{props.status.lastError}</dd>
          </>
        ) : null}
      </dl>
      <form method="post" action="/sync">
        <CsrfField token={props.csrfToken} />
        <button type="submit" class="kiosk-button kiosk-primary">
          Sync now
        </button>
      </form>

      <h2>Conflicts</h2>
      {props.queue.length === 0 ? <p>None. Every sale made here was applied.</p> : null}
      <ul class="kiosk-queue">
        {props.queue.map((q) => (
          <li class={`kiosk-queue-item kiosk-queue-${q.status}`}>
            <strong>{q.status === 'resolved' ? 'Resolved' : q.status === 'failed' ? 'Failed' : 'Needs staff'}</strong> · {q.bookingId ?? q.id.slice(0, 8)} · seats {q.seats.join(', ')} · {formatInr(q.totalMinor)} {q.method}
            <br />
            {q.reason ? <span>{q.reason.replaceAll('_', ' ')}: </span> : null}
            {q.detail}
            {q.resolution ? <p>{RESOLUTION_TEXT(q.resolution)}</p> : q.status === 'conflict' ? <p class="muted">A manager reseats or refunds this in the admin panel.</p> : null}
          </li>
        ))}
      </ul>

      <h2>Waiting to sync</h2>
      {props.pending.length === 0 ? <p>Nothing.</p> : null}
      <ul>
        {props.pending.map((p) => (
          <li>
            {at(p.soldAt)} · {p.bookingId ?? 'online sale'} · seats {p.seats.join(', ')}
          </li>
        ))}
      </ul>

      <h2>Leases</h2>
      {props.leases.length === 0 ? <p>This kiosk holds no leases.</p> : null}
      <ul class="kiosk-leases">
        {props.leases.map((l) => (
          <li>
            {l.movieTitle} · {l.seats.length} seats ({l.seats.join(', ')}) · sells offline until {at(l.endsAt)}
            {l.auto ? ' · auto-lease, given back then' : ''}
            {l.status === 'returning' ? (
              <span> · being returned</span>
            ) : (
              <form method="post" action={`/leases/${encodeURIComponent(l.id)}/return`} class="kiosk-inline-form">
                <CsrfField token={props.csrfToken} />
                <button type="submit" class="kiosk-button">
                  Return unsold seats
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
};
