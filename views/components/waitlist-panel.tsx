import { CsrfField } from './csrf-field.js';
import { useI18n } from '../i18n/i18n.js';

export type WaitlistPanelProps = {
  showtimeId: string;
  csrfToken: string;
  signedIn: boolean;
  /** The customer's entry on this show's waitlist, if any. */
  entry: { seats: number; status: 'waiting' | 'notified' } | null;
  /** A sentence after joining or leaving. */
  notice?: string | null;
};

/** "Tell me when seats free up" on the seat map of a sold-out show. */
export const WaitlistPanel = (props: WaitlistPanelProps) => {
  const { t } = useI18n();
  const w = t.rewards.waitlist;
  const base = `/showtimes/${encodeURIComponent(props.showtimeId)}/waitlist`;
  const waiting = props.entry?.status === 'waiting';
  return (
    <section class="card waitlist-panel" aria-labelledby="waitlist-title">
      <h2 id="waitlist-title" class="card-title">
        {w.heading}
      </h2>
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {waiting ? <p>{w.joined(props.entry?.seats ?? 1)}</p> : props.entry?.status === 'notified' ? <p>{w.notified}</p> : <p class="field-hint">{w.intro}</p>}
      {!props.signedIn ? (
        <p>
          <a class="button button-secondary" href={`/login?next=${encodeURIComponent(`/showtimes/${props.showtimeId}`)}`}>
            {w.login}
          </a>
        </p>
      ) : waiting ? (
        <form method="post" action={`${base}/leave`}>
          <CsrfField token={props.csrfToken} />
          <button type="submit" class="button button-secondary">
            {w.leave}
          </button>
        </form>
      ) : (
        <form method="post" action={base} class="waitlist-form">
          <CsrfField token={props.csrfToken} />
          <div class="field">
            <label for="waitlist-seats" class="field-label">
              {w.seatsLabel}
            </label>
            <select id="waitlist-seats" name="seats" class="field-input">
              {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
                <option value={String(n)} selected={n === (props.entry?.seats ?? 2)}>
                  {n}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button button-primary">
            {w.join}
          </button>
        </form>
      )}
    </section>
  );
};
