import type { ConflictView, KioskListEntry } from '../../server/kiosk-sync/index.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';

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

/** Kiosks of one theater: register (token once), revoke, sync state, leases and conflicts. */
export const KiosksPage = (props: KiosksPageProps) => {
  const i = useI18n();
  const w = i.t.admin.kiosks;
  const q = `?theater=${encodeURIComponent(props.theaterId)}`;
  const when = (iso?: string) => (iso ? showTimeText(new Date(iso), props.timezone, i.locale) : w.never);
  const active = props.kiosks.filter((k) => !k.revokedAt);
  return (
    <section>
      <h1 class="page-title">{w.heading(props.theaterName)}</h1>
      <FormError message={props.formError} />
      {props.newKiosk ? (
        <div class="notice notice-success" role="status">
          <p>
            {w.registeredBefore}
            <strong>{props.newKiosk.name}</strong>
            {w.registeredAfter}
            <code>KIOSK_TOKEN</code>
            {w.registeredEnd}
          </p>
          <p>
            <code class="kiosk-token">{props.newKiosk.token}</code>
          </p>
        </div>
      ) : null}
      <div class="table-wrap">
        <table class="table">
          <caption>{w.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{w.kiosk}</th>
              <th scope="col">{w.state}</th>
              <th scope="col">{w.lastSync}</th>
              <th scope="col" class="num">
                {w.unsynced}
              </th>
              <th scope="col">{w.leases}</th>
              <th scope="col">{w.actions}</th>
            </tr>
          </thead>
          <tbody>
            {props.kiosks.length === 0 ? (
              <tr>
                <td colspan={6}>{w.none}</td>
              </tr>
            ) : (
              props.kiosks.map((k) => (
                <tr>
                  <th scope="row">
                    {k.name}
                    <br />
                    <code class="muted">{k.id}</code>
                  </th>
                  <td>{k.revokedAt ? <span class="status-cancelled">{w.revoked}</span> : k.online ? w.online : w.offline}</td>
                  <td>
                    {when(k.lastSyncAt)}
                    {k.clockSkewMs && Math.abs(k.clockSkewMs) > 60_000 ? <span class="status-cancelled">{w.clockOff(i.num(Math.round(k.clockSkewMs / 1000)))}</span> : null}
                  </td>
                  <td class="num">{k.pendingSales ?? 0}</td>
                  <td>
                    {k.activeLeases.length === 0
                      ? '–'
                      : k.activeLeases.map((l) => (
                          <div class="lease">
                            {props.showNames[l.showtimeId] ?? l.showtimeId}: {l.seats.join(', ')}
                            {w.until(when(l.endsAt))}
                            {props.canLease ? (
                              <form method="post" action={`/admin/leases/${encodeURIComponent(l.id)}/return${q}`} class="inline-form">
                                <CsrfField token={props.csrfToken} />{' '}
                                <button type="submit" class="button button-secondary">
                                  {w.takeBack}
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
                          {w.revoke(k.name)}
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
        <h2 class="section-title">{w.register}</h2>
        <FormField label={w.name} name="name" required value={props.values.name} error={props.errors.name} hint={w.nameHint} />
        <button type="submit" class="button button-primary">
          {w.registerButton}
        </button>
      </form>
      {props.canLease && active.length > 0 ? (
        <form method="post" action={`/admin/leases${q}`} class="stack-form admin-form">
          <CsrfField token={props.csrfToken} />
          <h2 class="section-title">{w.lease}</h2>
          <p class="field-hint">{w.leaseHint}</p>
          <div class="field-row">
            <div class="field">
              <label for="lease-kiosk" class="field-label">
                {w.kiosk}
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
                {w.show}
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
          <FormField label={w.seats} name="seats" required value={props.values.seats} error={props.errors.seats} hint={w.seatsHint} />
          <button type="submit" class="button button-primary">
            {w.leaseButton}
          </button>
        </form>
      ) : null}
      <h2 class="section-title">{w.conflicts}</h2>
      {props.conflicts.length === 0 ? (
        <p class="muted">{w.noConflicts}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption>{w.conflictsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{w.booking}</th>
                <th scope="col">{w.why}</th>
                <th scope="col">{w.showAndSeats}</th>
                <th scope="col">{w.paid}</th>
                <th scope="col">{w.resolve}</th>
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
                    {w.reasons[c.reason] ?? c.reason}
                    {c.detail ? <span class="muted"> ({c.detail})</span> : null}
                  </td>
                  <td>
                    {props.showNames[c.showtimeId] ?? c.showtimeId}: {c.seats.join(', ')}
                  </td>
                  <td>{c.amountMinor !== undefined ? `${i.money(c.amountMinor)} ${c.paymentMethod ? ((i.t.admin.states.paymentMethod as Record<string, string>)[c.paymentMethod] ?? c.paymentMethod) : ''}` : '–'}</td>
                  <td>
                    {props.canResolve ? (
                      <>
                        <form method="post" action={`/admin/conflicts/${encodeURIComponent(c.saleId)}/resolve${q}`} class="inline-form">
                          <CsrfField token={props.csrfToken} />
                          <input type="hidden" name="action" value="reseat" />
                          <label for={`reseat-${c.saleId}`} class="visually-hidden">
                            {w.newSeatsFor(c.bookingId)}
                          </label>
                          <input id={`reseat-${c.saleId}`} name="seats" class="field-input" placeholder={w.newSeatsPlaceholder} />{' '}
                          <button type="submit" class="button button-secondary">
                            {w.reseat}
                          </button>
                        </form>{' '}
                        <form method="post" action={`/admin/conflicts/${encodeURIComponent(c.saleId)}/resolve${q}`} class="inline-form">
                          <CsrfField token={props.csrfToken} />
                          <input type="hidden" name="action" value="refund" />
                          <button type="submit" class="button button-secondary">
                            {w.refund}
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
