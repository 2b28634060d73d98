import type { ConflictView, KioskListEntry } from '../../server/kiosk-sync/index.js';
import { formatInr } from '../../server/domain/money.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';

export type KiosksPageProps = {
  theaterId: string;
  theaterName: string;
  timezone: string;
  csrfToken: string;
  kiosks: KioskListEntry[];
  conflicts: ConflictView[];
  /** Shows a lease can be for (upcoming, on sale). */
  shows: { id: string; label: string }[];
  showNames: Record<string, string>;
  /** A kiosk just registered: its token, shown this once. */
  newKiosk?: { name: string; token: string } | null;
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string | null;
  canLease: boolean;
  canResolve: boolean;
};

const REASONS: Record<string, string> = {
  not_leased: 'Seats were not leased to this kiosk',
  lease_revoked: 'The lease was taken back before the sale synced',
  seats_taken: 'Seats were sold elsewhere',
  clock_far_off: 'The kiosk clock was far off',
  bad_signature: 'The sale is not signed by this kiosk',
  booking_id_taken: 'The booking id was already used',
};

/** Kiosks of one theater: register (token once), revoke, sync state, leases and conflicts. */
export const KiosksPage = (props: KiosksPageProps) => {
  const q = `?theater=${encodeURIComponent(props.theaterId)}`;
  const when = (iso?: string) => (iso ? showTimeText(new Date(iso), props.timezone) : 'never');
  const active = props.kiosks.filter((k) => !k.revokedAt);
  return (
    <section>
      <h1 class="page-title">Kiosks at {props.theaterName}</h1>
      <FormError message={props.formError} />
      {props.newKiosk ? (
        <div class="notice notice-success" role="status">
          <p>
            Kiosk <strong>{props.newKiosk.name}</strong> is registered. Its token is shown only now: set it as <code>KIOSK_TOKEN</code> on the kiosk.
          </p>
          <p>
            <code class="kiosk-token">{props.newKiosk.token}</code>
          </p>
        </div>
      ) : null}
      <div class="table-wrap">
        <table class="table">
          <caption>Kiosks</caption>
          <thead>
            <tr>
              <th scope="col">Kiosk</th>
              <th scope="col">State</th>
              <th scope="col">Last sync</th>
              <th scope="col" class="num">
                Unsynced sales
              </th>
              <th scope="col">Leases</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {props.kiosks.length === 0 ? (
              <tr>
                <td colspan={6}>No kiosks yet.</td>
              </tr>
            ) : (
              props.kiosks.map((k) => (
                <tr>
                  <th scope="row">
                    {k.name}
                    <br />
                    <code class="muted">{k.id}</code>
                  </th>
                  <td>{k.revokedAt ? <span class="status-cancelled">revoked</span> : k.online ? 'online' : 'offline'}</td>
                  <td>
                    {when(k.lastSyncAt)}
                    {k.clockSkewMs && Math.abs(k.clockSkewMs) > 60_000 ? <span class="status-cancelled"> (clock off by {Math.round(k.clockSkewMs / 1000)} s)</span> : null}
                  </td>
                  <td class="num">{k.pendingSales ?? 0}</td>
                  <td>
                    {k.activeLeases.length === 0
                      ? '–'
                      : k.activeLeases.map((l) => (
                          <div class="lease">
                            {props.showNames[l.showtimeId] ?? l.showtimeId}: {l.seats.join(', ')} until {when(l.endsAt)}
                            {props.canLease ? (
                              <form method="post" action={`/admin/leases/${encodeURIComponent(l.id)}/return${q}`} class="inline-form">
                                <CsrfField token={props.csrfToken} />{' '}
                                <button type="submit" class="button button-secondary">
                                  Take back unsold seats
                                </button>
                              </form>
                            ) : null}
                          </div>
                        ))}
                  </td>
                  <td>
                    {k.revokedAt ? null : (
                      <form method="post" action={`/admin/kiosks/${encodeURIComponent(k.id)}/revoke${q}`}>
                        <CsrfField token={props.csrfToken} />
                        <button type="submit" class="button button-secondary">
                          Revoke {k.name}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <form method="post" action={`/admin/kiosks${q}`} class="stack-form admin-form">
        <CsrfField token={props.csrfToken} />
        <h2 class="section-title">Register a kiosk</h2>
        <FormField label="Kiosk name" name="name" required value={props.values.name} error={props.errors.name} hint="e.g. Lobby kiosk 2" />
        <button type="submit" class="button button-primary">
          Register and show its token
        </button>
      </form>
      {props.canLease && active.length > 0 ? (
        <form method="post" action={`/admin/leases${q}`} class="stack-form admin-form">
          <CsrfField token={props.csrfToken} />
          <h2 class="section-title">Lease seats to a kiosk</h2>
          <p class="field-hint">The kiosk can then sell these seats even while the theater's internet is down. Nobody else can sell them until the lease ends or is taken back.</p>
          <div class="field-row">
            <div class="field">
              <label for="lease-kiosk" class="field-label">
                Kiosk
              </label>
              <select id="lease-kiosk" name="kioskId" class="field-input field-select">
                {active.map((k) => (
                  <option value={k.id} selected={k.id === props.values.kioskId}>
                    {k.name}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="lease-show" class="field-label">
                Show
              </label>
              <select id="lease-show" name="showtimeId" class="field-input field-select">
                {props.shows.map((s) => (
                  <option value={s.id} selected={s.id === props.values.showtimeId}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <FormField label="Seats" name="seats" required value={props.values.seats} error={props.errors.seats} hint="e.g. J1-J10, K5" />
          <button type="submit" class="button button-primary">
            Lease the seats
          </button>
        </form>
      ) : null}
      <h2 class="section-title">Conflicts</h2>
      {props.conflicts.length === 0 ? (
        <p class="muted">No kiosk sale is waiting for a decision.</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>Kiosk sales that could not be applied</caption>
            <thead>
              <tr>
                <th scope="col">Booking</th>
                <th scope="col">Why</th>
                <th scope="col">Show and seats</th>
                <th scope="col">Paid</th>
                <th scope="col">Resolve</th>
              </tr>
            </thead>
            <tbody>
              {props.conflicts.map((c) => (
                <tr>
                  <th scope="row">
                    {c.bookingId}
                    {c.customer?.name ? (
                      <>
                        <br />
                        <span class="muted">
                          {c.customer.name}
                          {c.customer.phone ? `, ${c.customer.phone}` : ''}
                        </span>
                      </>
                    ) : null}
                  </th>
                  <td>
                    {REASONS[c.reason] ?? c.reason}
                    {c.detail ? <span class="muted"> ({c.detail})</span> : null}
                  </td>
                  <td>
                    {props.showNames[c.showtimeId] ?? c.showtimeId}: {c.seats.join(', ')}
                  </td>
                  <td>{c.amountMinor !== undefined ? `${formatInr(c.amountMinor)} ${c.paymentMethod ?? ''}` : '–'}</td>
                  <td>
                    {props.canResolve ? (
                      <>
                        <form method="post" action={`/admin/conflicts/${encodeURIComponent(c.saleId)}/resolve${q}`} class="inline-form">
                          <CsrfField token={props.csrfToken} />
                          <input type="hidden" name="action" value="reseat" />
                          <label for={`reseat-${c.saleId}`} class="visually-hidden">
                            New seats for {c.bookingId}
                          </label>
                          <input id={`reseat-${c.saleId}`} name="seats" class="field-input" placeholder="New seats, e.g. D4, D5" />{' '}
                          <button type="submit" class="button button-secondary">
                            Reseat
                          </button>
                        </form>{' '}
                        <form method="post" action={`/admin/conflicts/${encodeURIComponent(c.saleId)}/resolve${q}`} class="inline-form">
                          <CsrfField token={props.csrfToken} />
                          <input type="hidden" name="action" value="refund" />
                          <button type="submit" class="button button-secondary">
                            Refund at the counter
                          </button>
                        </form>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
