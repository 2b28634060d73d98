import type { SeatType } from '../../server/domain/seat-layout.js';
import { SEAT_TYPE_NAMES } from '../components/booking-words.js';
import { FormField } from '../components/form-field.js';

/** One rupee price per seat type; the screen's layout decides which are needed. */
export const PriceFields = (props: { types: readonly SeatType[]; values: Record<string, string>; errors: Record<string, string>; hint?: string }) => (
  <fieldset class="fieldset">
    <legend>Ticket prices (₹, GST included)</legend>
    {props.hint ? <p class="field-hint">{props.hint}</p> : null}
    <div class="field-row">
      {props.types.map((t) => (
        <FormField label={SEAT_TYPE_NAMES[t]} name={`price_${t}`} value={props.values[`price_${t}`]} error={props.errors[`prices.${t}`] ?? props.errors[`price_${t}`]} attrs={{ inputmode: 'decimal' }} />
      ))}
    </div>
  </fieldset>
);
