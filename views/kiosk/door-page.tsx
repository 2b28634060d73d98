import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';
import { useKioskWords, type KioskWords } from '../i18n/features/kiosk.js';
import { useI18n } from '../i18n/i18n.js';
import type { DoorRefusal } from './kiosk-view-types.js';

/** The big word in the page language; a headline the catalog does not know stays as the check wrote it. */
const verdict = (w: KioskWords, headline: string): string => (headline in w.verdicts ? w.verdicts[headline as keyof KioskWords['verdicts']] : headline);

/** The big word of each refusal code (a scan record keeps the code). */
const REFUSAL_VERDICT: Record<DoorRefusal, keyof KioskWords['verdicts']> = {
  malformed: 'Not a ticket',
  unknown_key: 'Unknown ticket',
  bad_signature: 'Forged ticket',
  other_show: 'Not for this theater',
  void: 'Ticket void',
  cancelled: 'Cancelled',
  revoked_kiosk: 'Sale not confirmed',
  resold: 'Seat belongs to someone else',
  already_in: 'Already let in',
};
const isRefusal = (reason: string | null | undefined): reason is DoorRefusal => !!reason && reason in REFUSAL_VERDICT;

export interface DoorResultView {
  admitted: boolean;
  headline: string;
  detail: string;
  seat?: string;
  bookingId?: string;
  movieTitle?: string;
  startsAt?: string;
  timezone?: string;
  warning?: string;
  reason?: DoorRefusal;
  firstAt?: string;
  alsoAt?: string;
  alsoElsewhere?: boolean;
}

/** Green or red, in letters you read from across the foyer, with the seat. */
export const DoorResult = (props: { result: DoorResultView | null }) => {
  const r = props.result;
  const i = useI18n();
  const w = useKioskWords();
  if (!r) return <div id="door-result" class="door-result door-idle" role="status" aria-live="assertive"><p>{w.door.idle}</p></div>;
  /** The sentence under a red word, from the refusal code; a result without one keeps its own text. */
  const detailOf = (v: DoorResultView): string => {
    if (!v.reason) return v.detail;
    if (v.reason === 'already_in' && v.firstAt && v.timezone) return w.doorNotes.alreadyInAt(i.clock(v.firstAt, v.timezone));
    return w.refusals[v.reason];
  };
  return (
    <div id="door-result" class={`door-result ${r.admitted ? 'door-yes' : 'door-no'}`} role="status" aria-live="assertive">
      <p class="door-headline">{r.admitted ? `✓ ${verdict(w, r.headline)}` : `✗ ${verdict(w, r.headline)}`}</p>
      {r.seat ? <p class="door-seat">{w.door.seat(r.seat)}</p> : null}
      {r.admitted ? null : <p>{detailOf(r)}</p>}
      {r.movieTitle && r.startsAt && r.timezone ? (
        <p>
          {r.movieTitle} · {i.lang === 'en' ? showTimeText(new Date(r.startsAt), r.timezone) : i.when(r.startsAt, r.timezone)}
        </p>
      ) : null}
      {r.bookingId ? <p class="muted">{r.bookingId}</p> : null}
      {r.alsoAt ? <p class="door-warning">{w.doorNotes.alsoAt(r.alsoAt)}</p> : r.alsoElsewhere ? <p class="door-warning">{w.doorNotes.alsoElsewhere}</p> : r.warning ? <p class="door-warning">{r.warning}</p> : null}
    </div>
  );
};

/**
 * Door mode: the scan field keeps the focus, so a USB scanner that types the QR text and Enter
 * just works; a camera can be used where the browser reads QR codes.
 */
export const DoorPage = (props: {
  csrfToken: string;
  door: string;
  timezone: string;
  result: DoorResultView | null;
  recent: { at: string; seat: string | null; admitted: boolean; reason: string | null }[];
  /** How old the door's knowledge of cancellations is ("4 min ago"), and whether the link is up. */
  cache: { age: string | null; online: boolean };
}) => {
  const i = useI18n();
  const kw = useKioskWords();
  const w = kw.door;
  return (
  <section class="door">
    <h1>{w.heading}</h1>
    <p class={props.cache.online ? 'door-cache' : 'door-cache door-cache-offline'} id="door-cache">
      {w.cacheAge} <strong>{props.cache.age ?? w.neverSynced}</strong>.
      {props.cache.online ? null : w.offline}
    </p>
    <form method="post" action="/door/scan" hx-post="/door/scan" hx-target="#door-result" hx-swap="outerHTML" class="door-form" id="door-form">
      <CsrfField token={props.csrfToken} />
      <p class="kiosk-field">
        <label for="door-name">{w.doorName}</label>
        <input id="door-name" name="door" value={props.door} required maxlength={40} />
      </p>
      <p class="kiosk-field">
        <label for="ticket">{w.ticket}</label>
        <input id="ticket" name="ticket" autocomplete="off" autofocus required spellcheck={false} class="door-input" />
      </p>
      <p class="kiosk-actions">
        <button type="submit" class="kiosk-button kiosk-primary">
          {w.check}
        </button>
        <button type="button" class="kiosk-button" id="door-camera" hidden>
          {w.camera}
        </button>
      </p>
      <p
        id="door-camera-message"
        class="door-camera-message"
        role="status"
        hidden
        data-unsupported={w.cameraUnsupported}
        data-stopped={w.cameraStopped}
        data-failed={w.cameraFailed}
        data-blocked={w.cameraBlocked}
        data-missing={w.cameraMissing}
        data-error={w.cameraError('{name}')}
      ></p>
      <video id="door-video" class="door-video" hidden muted playsinline></video>
    </form>
    <DoorResult result={props.result} />
    {props.recent.length ? (
      <>
        <h2>{w.recent}</h2>
        <ul class="door-recent">
          {props.recent.map((r) => (
            <li class={r.admitted ? 'door-recent-yes' : 'door-recent-no'}>
              {new Date(r.at).toLocaleTimeString(i.locale, { timeZone: props.timezone, hour: '2-digit', minute: '2-digit', second: '2-digit' })} · {r.seat ?? '—'} · {r.admitted ? w.letIn : isRefusal(r.reason) ? verdict(kw, REFUSAL_VERDICT[r.reason]) : r.reason}
            </li>
          ))}
        </ul>
      </>
    ) : null}
  </section>
  );
};
