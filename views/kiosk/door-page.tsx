import { showTimeText } from '../../server/domain/show-time-label.js';
import { CsrfField } from '../components/csrf-field.js';

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
}

/** Green or red, in letters you read from across the foyer, with the seat. */
export const DoorResult = (props: { result: DoorResultView | null }) => {
  const r = props.result;
  if (!r) return <div id="door-result" class="door-result door-idle" role="status" aria-live="assertive"><p>Scan a ticket</p></div>;
  return (
    <div id="door-result" class={`door-result ${r.admitted ? 'door-yes' : 'door-no'}`} role="status" aria-live="assertive">
      <p class="door-headline">{r.admitted ? `✓ ${r.headline}` : `✗ ${r.headline}`}</p>
      {r.seat ? <p class="door-seat">Seat {r.seat}</p> : null}
      {r.seat && r.detail === `Seat ${r.seat}` ? null : <p>{r.detail}</p>}
      {r.movieTitle && r.startsAt && r.timezone ? (
        <p>
          {r.movieTitle} · {showTimeText(new Date(r.startsAt), r.timezone)}
        </p>
      ) : null}
      {r.bookingId ? <p class="muted">{r.bookingId}</p> : null}
      {r.warning ? <p class="door-warning">{r.warning}</p> : null}
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
}) => (
  <section class="door">
    <h1>Door check-in</h1>
    <p class={props.cache.online ? 'door-cache' : 'door-cache door-cache-offline'} id="door-cache">
      Cancellations known as of the last sync: <strong>{props.cache.age ?? 'never synced'}</strong>.
      {props.cache.online ? null : ' Offline: a booking cancelled since then still opens this door.'}
    </p>
    <form method="post" action="/door/scan" hx-post="/door/scan" hx-target="#door-result" hx-swap="outerHTML" class="door-form" id="door-form">
      <CsrfField token={props.csrfToken} />
      <p class="kiosk-field">
        <label for="door-name">Door</label>
        <input id="door-name" name="door" value={props.door} required maxlength={40} />
      </p>
      <p class="kiosk-field">
        <label for="ticket">Ticket code</label>
        <input id="ticket" name="ticket" autocomplete="off" autofocus required spellcheck={false} class="door-input" />
      </p>
      <p class="kiosk-actions">
        <button type="submit" class="kiosk-button kiosk-primary">
          Check
        </button>
        <button type="button" class="kiosk-button" id="door-camera" hidden>
          Use camera
        </button>
      </p>
      <p id="door-camera-message" class="door-camera-message" role="status" hidden></p>
      <video id="door-video" class="door-video" hidden muted playsinline></video>
    </form>
    <DoorResult result={props.result} />
    {props.recent.length ? (
      <>
        <h2>Recent</h2>
        <ul class="door-recent">
          {props.recent.map((r) => (
            <li class={r.admitted ? 'door-recent-yes' : 'door-recent-no'}>
              {new Date(r.at).toLocaleTimeString('en-IN', { timeZone: props.timezone, hour: '2-digit', minute: '2-digit', second: '2-digit' })} · {r.seat ?? '—'} · {r.admitted ? 'let in' : r.reason}
            </li>
          ))}
        </ul>
      </>
    ) : null}
  </section>
);
