import type { SeatType } from '../../server/domain/seat-layout.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';

/** One rupee price per seat type; the screen's layout decides which are needed. */
export const PriceFields = (props: { types: readonly SeatType[]; values: Record<string, string>; errors: Record<string, string>; hint?: string }) => {
  const i = useI18n();
  return (
  <fieldset class="fieldset">
    <legend>{i.t.admin.prices.legend}</legend>
    {props.hint ? <p class="field-hint">{props.hint}</p> : null}
    <div class="field-row">
      {props.types.map((t) => (
        <FormField label={i.t.seatTypes[t]} name={`price_${t}`} value={props.values[`price_${t}`]} error={props.errors[`prices.${t}`] ?? props.errors[`price_${t}`]} attrs={{ inputmode: 'decimal' }} />
      ))}
    </div>
  </fieldset>
  );
};
