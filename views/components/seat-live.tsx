import { Seat, type SeatView } from './seat.js';

/** How the map hears of other people's holds and sales. */
export type LiveMode = 'poll' | 'sse';

const q = (since: string) => `since=${encodeURIComponent(since)}`;

/** A hidden poller that asks for the seats changed since `since` and replaces itself with the next one. */
export const SeatPoller = (props: { showtimeId: string; since: string }) => (
  <div
    id="seat-poll"
    hidden
    hx-get={`/showtimes/${encodeURIComponent(props.showtimeId)}/seat-updates?${q(props.since)}`}
    hx-trigger="every 1500ms"
    hx-swap="outerHTML"
  ></div>
);

/** The answer to a poll: the changed seats, each swapped in place by id, and the next poller. */
export const SeatUpdates = (props: { showtimeId: string; since: string; seats: SeatView[] }) => (
  <>
    <SeatPoller showtimeId={props.showtimeId} since={props.since} />
    <SeatChanges seats={props.seats} />
  </>
);

/** Changed seats as out-of-band swaps; also the body of one server-sent event. */
export const SeatChanges = (props: { seats: SeatView[] }) => (
  <>
    {props.seats.map((s) => (
      <Seat seat={s} oob />
    ))}
  </>
);

/** The server-sent-events variant: one open stream per map instead of a request every 1.5 s. */
export const SeatStream = (props: { showtimeId: string; since: string }) => (
  <div
    id="seat-stream"
    hidden
    hx-ext="sse"
    sse-connect={`/showtimes/${encodeURIComponent(props.showtimeId)}/seat-events?${q(props.since)}`}
    sse-swap="seats"
    hx-swap="none"
  ></div>
);
