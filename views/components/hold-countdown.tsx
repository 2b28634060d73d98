import { useI18n } from '../i18n/i18n.js';

/**
 * How long the seats stay held. The server writes the minutes left and the clock time they run
 * out; countdown.js (when it runs) ticks the seconds down from the server's figure, so a wrong
 * clock on the phone does not matter.
 */
export const HoldCountdown = (props: { expiresAt: string; timezone: string; secondsLeft: number }) => {
  const { t, clock } = useI18n();
  const secs = Math.max(0, Math.floor(props.secondsLeft));
  const minutes = Math.ceil(secs / 60);
  return (
    <p
      class="countdown"
      id="hold-countdown"
      data-one-minute={t.checkout.jsOneMinute}
      data-time-up={t.checkout.jsTimeUp}
      data-no-longer-held={t.checkout.jsNoLongerHeld}
      data-pick-again={t.checkout.jsPickAgain}
      data-expired={t.checkout.jsExpired}
    >
      <span class="countdown-label">{t.checkout.heldFor}</span>
      <strong class="countdown-time" data-seconds={String(secs)}>
        {t.checkout.minutes(minutes)}
      </strong>
      <span class="countdown-until">
        {t.checkout.until}
        <time datetime={props.expiresAt}>{clock(props.expiresAt, props.timezone)}</time>
      </span>
      <span class="countdown-live visually-hidden" aria-live="polite"></span>
    </p>
  );
};
