import { CsrfField } from '../components/csrf-field.js';
import { FormError } from '../components/form-error.js';
import { FormField } from '../components/form-field.js';
import { useI18n } from '../i18n/i18n.js';

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
  const i18n = useI18n();
  const w = i18n.t.admin.theaterForm;
  const v = props.values;
  const e = props.errors;
  return (
    <form method="post" action={props.action} class="stack-form admin-form">
      <CsrfField token={props.csrfToken} />
      <FormError message={props.formError ?? (Object.keys(e).length ? i18n.t.register.fixFields : undefined)} />
      <FormField label={w.name} name="name" required value={v.name} error={e.name} attrs={{ maxlength: 80 }} />
      <FormField label={w.address} name="address" required value={v.address} error={e.address} attrs={{ maxlength: 200 }} />
      {props.mode === 'create' ? (
        <>
          <div class="field-row">
            <div class={e.cityId ? 'field field-invalid' : 'field'}>
              <label for="field-cityId" class="field-label">
                {w.city}
              </label>
              <select id="field-cityId" name="cityId" class="field-input field-select" aria-describedby={e.cityId ? 'field-cityId-error' : undefined}>
                <option value="">{w.newCityOption}</option>
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
            <FormField label={w.newCity} name="newCity" value={v.newCity} error={e.newCity} hint={w.newCityHint} />
          </div>
          <FormField
            label={w.timezone}
            name="timezone"
            required
            value={v.timezone ?? 'Asia/Kolkata'}
            error={e.timezone}
            hint={w.timezoneHint}
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
          <dt>{w.city}</dt>
          <dd>{props.cityName}</dd>
          <dt>{w.timezone}</dt>
          <dd>{v.timezone}</dd>
        </dl>
      )}
      <FormField label={w.amenities} name="amenities" value={v.amenities} error={e.amenities} hint={w.amenitiesHint} />
      <div class="field-row">
        <FormField
          label={w.fee}
          name="convenienceFeePercent"
          required
          value={v.convenienceFeePercent ?? '1.75'}
          error={e.convenienceFeePercent}
          hint={w.feeHint}
          attrs={{ inputmode: 'decimal' }}
        />
        <FormField
          label={w.cleaning}
          name="cleaningMinutes"
          required
          value={v.cleaningMinutes ?? '20'}
          error={e.cleaningMinutes}
          hint={w.cleaningHint}
          attrs={{ inputmode: 'numeric' }}
        />
      </div>
      <fieldset class="fieldset">
        <legend>{w.autoLease}</legend>
        <p class="field-hint">{w.autoLeaseHint}</p>
        <div class="field-row">
          <FormField label={w.autoLeaseSeats} name="autoLeaseSeats" required value={v.autoLeaseSeats ?? '0'} error={e.autoLeaseSeats} hint={w.autoLeaseSeatsHint} attrs={{ inputmode: 'numeric' }} />
          <FormField label={w.autoLeaseHours} name="autoLeaseHours" required value={v.autoLeaseHours ?? '24'} error={e.autoLeaseHours} hint={w.autoLeaseHoursHint} attrs={{ inputmode: 'numeric' }} />
          <FormField
            label={w.autoLeaseReturn}
            name="autoLeaseReturnMinutes"
            required
            value={v.autoLeaseReturnMinutes ?? '30'}
            error={e.autoLeaseReturnMinutes}
            hint={w.autoLeaseReturnHint}
            attrs={{ inputmode: 'numeric' }}
          />
        </div>
      </fieldset>
      <fieldset class="fieldset">
        <legend>{w.policy}</legend>
        <p class="field-hint">{w.policyHint}</p>
        {Array.from({ length: props.policyRows }, (_, i) => (
          <div class="field-row">
            <FormField label={w.tierHours(i18n.num(i + 1))} name={`tierHours${i}`} value={v[`tierHours${i}`]} error={e[`tierHours${i}`]} attrs={{ inputmode: 'decimal' }} />
            <FormField label={w.tierPercent(i18n.num(i + 1))} name={`tierPercent${i}`} value={v[`tierPercent${i}`]} error={e[`tierPercent${i}`]} attrs={{ inputmode: 'numeric' }} />
          </div>
        ))}
      </fieldset>
      <button type="submit" class="button button-primary">
        {props.mode === 'create' ? w.create : w.save}
      </button>
    </form>
  );
};
