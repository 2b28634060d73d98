import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';

export type TheaterFormProps = {
  mode: 'create' | 'edit';
  action: string;
  csrfToken: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string;
  cities: { id: string; name: string }[];
  policyRows: number;
  /** Shown read-only when editing. */
  cityName?: string;
};

const ZONES = ['Asia/Kolkata', 'Asia/Dubai', 'Asia/Singapore', 'Europe/London', 'America/New_York'];

/** Create or edit a theater: where it is, its zone, amenities, fees and refund tiers. */
export const TheaterForm = (props: TheaterFormProps) => {
  const v = props.values;
  const e = props.errors;
  return (
    <form method="post" action={props.action} class="stack-form admin-form">
      <CsrfField token={props.csrfToken} />
      <FormError message={props.formError ?? (Object.keys(e).length ? 'Please correct the fields marked below.' : undefined)} />
      <FormField label="Name" name="name" required value={v.name} error={e.name} attrs={{ maxlength: 80 }} />
      <FormField label="Address" name="address" required value={v.address} error={e.address} attrs={{ maxlength: 200 }} />
      {props.mode === 'create' ? (
        <>
          <div class="field-row">
            <div class={e.cityId ? 'field field-invalid' : 'field'}>
              <label for="field-cityId" class="field-label">
                City
              </label>
              <select id="field-cityId" name="cityId" class="field-input field-select" aria-describedby={e.cityId ? 'field-cityId-error' : undefined}>
                <option value="">A new city (name it beside)</option>
                {props.cities.map((c) => (
                  <option value={c.id} selected={c.id === v.cityId}>
                    {c.name}
                  </option>
                ))}
              </select>
              {e.cityId ? (
                <p id="field-cityId-error" class="field-error">
                  {e.cityId}
                </p>
              ) : null}
            </div>
            <FormField label="New city" name="newCity" value={v.newCity} error={e.newCity} hint="Only for a city not in the list." />
          </div>
          <FormField
            label="Time zone"
            name="timezone"
            required
            value={v.timezone ?? 'Asia/Kolkata'}
            error={e.timezone}
            hint="IANA name, e.g. Asia/Kolkata. Set once: shows are filed by the theater's own dates."
            attrs={{ list: 'zones', spellcheck: false, autocapitalize: 'none' }}
          />
          <datalist id="zones">
            {ZONES.map((z) => (
              <option value={z}></option>
            ))}
          </datalist>
        </>
      ) : (
        <dl class="key-value">
          <dt>City</dt>
          <dd>{props.cityName}</dd>
          <dt>Time zone</dt>
          <dd>{v.timezone}</dd>
        </dl>
      )}
      <FormField label="Amenities" name="amenities" value={v.amenities} error={e.amenities} hint="Comma-separated, e.g. Parking, Food court, Wheelchair access." />
      <div class="field-row">
        <FormField
          label="Convenience fee (%)"
          name="convenienceFeePercent"
          required
          value={v.convenienceFeePercent ?? '1.75'}
          error={e.convenienceFeePercent}
          hint="Of the ticket price, GST included."
          attrs={{ inputmode: 'decimal' }}
        />
        <FormField
          label="Cleaning time (minutes)"
          name="cleaningMinutes"
          required
          value={v.cleaningMinutes ?? '20'}
          error={e.cleaningMinutes}
          hint="Between one show's end and the next start on a screen."
          attrs={{ inputmode: 'numeric' }}
        />
      </div>
      <fieldset class="fieldset">
        <legend>Kiosk auto-lease</legend>
        <p class="field-hint">Each kiosk of this theater takes this many seats of every show starting within the hours below, so the box office can sell them if the link drops. Unsold ones go back to the web before the show. 0 seats: off.</p>
        <div class="field-row">
          <FormField label="Kiosk seats per show" name="autoLeaseSeats" required value={v.autoLeaseSeats ?? '0'} error={e.autoLeaseSeats} hint="0 to 20; 0 turns auto-lease off." attrs={{ inputmode: 'numeric' }} />
          <FormField label="Hours ahead" name="autoLeaseHours" required value={v.autoLeaseHours ?? '24'} error={e.autoLeaseHours} hint="Shows starting within 1 to 72 hours." attrs={{ inputmode: 'numeric' }} />
          <FormField
            label="Return minutes before the show"
            name="autoLeaseReturnMinutes"
            required
            value={v.autoLeaseReturnMinutes ?? '30'}
            error={e.autoLeaseReturnMinutes}
            hint="0 to 120; unsold seats go back to online sale then."
            attrs={{ inputmode: 'numeric' }}
          />
        </div>
      </fieldset>
      <fieldset class="fieldset">
        <legend>Cancellation policy</legend>
        <p class="field-hint">Refund of the ticket price when a customer cancels at least this long before the show. Leave rows empty to drop them; later cancellations get nothing back.</p>
        {Array.from({ length: props.policyRows }, (_, i) => (
          <div class="field-row">
            <FormField label={`Tier ${i + 1}: hours before`} name={`tierHours${i}`} value={v[`tierHours${i}`]} error={e[`tierHours${i}`]} attrs={{ inputmode: 'decimal' }} />
            <FormField label={`Tier ${i + 1}: refund (%)`} name={`tierPercent${i}`} value={v[`tierPercent${i}`]} error={e[`tierPercent${i}`]} attrs={{ inputmode: 'numeric' }} />
          </div>
        ))}
      </fieldset>
      <button type="submit" class="button button-primary">
        {props.mode === 'create' ? 'Create theater' : 'Save changes'}
      </button>
    </form>
  );
};
