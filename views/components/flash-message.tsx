import type { Flash } from '../view-types.js';

/**
 * Errors interrupt (role="alert"); other notices wait their turn (role="status").
 * The wrapper is always present so htmx can swap a notice into it later.
 */
export const FlashArea = (props: { flash?: Flash | null }) => (
  <div id="flash-area" class="flash-area">
    {props.flash ? <FlashMessage flash={props.flash} /> : null}
  </div>
);

export const FlashMessage = (props: { flash: Flash }) => (
  <p
    class={`flash flash-${props.flash.kind}`}
    role={props.flash.kind === 'error' ? 'alert' : 'status'}
  >
    {props.flash.text}
  </p>
);
