import type { DisplayPrefs } from '../../server/domain/i18n/display-prefs.js';
import { useI18n } from '../i18n/i18n.js';
import { CsrfField } from './csrf-field.js';

/** High contrast and larger text, each a toggle button that says whether it is on (aria-pressed). */
export const DisplayToggles = (props: { csrfToken: string; currentUrl?: string; display: DisplayPrefs }) => {
  const { t } = useI18n();
  const toggle = (name: 'contrast' | 'large', label: string, on: boolean) => (
    <button type="submit" name="toggle" value={name} class="display-toggle" aria-pressed={on ? 'true' : 'false'}>
      {label}
      <span class="display-state">{on ? t.display.on : t.display.off}</span>
    </button>
  );
  return (
    <form method="post" action="/display" class="display-form" aria-label={t.display.label}>
      <CsrfField token={props.csrfToken} />
      {props.currentUrl ? <input type="hidden" name="next" value={props.currentUrl} /> : null}
      <span class="display-label" aria-hidden="true">
        {t.display.label}
      </span>
      {toggle('contrast', t.display.contrast, props.display.contrast)}
      {toggle('large', t.display.largeText, props.display.largeText)}
    </form>
  );
};
