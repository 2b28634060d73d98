import { timeLabel } from '../../server/domain/theater-time.js';

/**
 * How long the seats stay held. The server writes the minutes left and the clock time they run
 * out; countdown.js (when it runs) ticks the seconds down from the server's figure, so a wrong
 * clock on the phone does not matter.
 */
export const HoldCountdown = (props: { expiresAt: string; timezone: string; secondsLeft: number }) => {
  const secs = Math.max(0, Math.floor(props.secondsLeft));
  const minutes = Math.ceil(secs / 60);
  return (
    <p class="countdown" id="hold-countdown">
      <span class="countdown-label">Seats held for </span>
      <strong class="countdown-time" data-seconds={String(secs)}>
        {minutes} {minutes === 1 ? 'minute' : 'minutes'}
      </strong>
      <span class="countdown-until">
        {' '}
        — until <time datetime={props.expiresAt}>{timeLabel(new Date(props.expiresAt), props.timezone)}</time>
      </span>
      <span class="countdown-live visually-hidden" aria-live="polite"></span>
    </p>
  );
};
