import { LANG_NAMES, LANGS } from '../../server/domain/i18n/lang.js';
import { useI18n } from '../i18n/i18n.js';
import { CsrfField } from './csrf-field.js';

/**
 * English, हिन्दी, తెలుగు on every page: one small POST form (it sets a cookie and, signed in,
 * the account's language), each button named in its own language and marked with its `lang`.
 */
export const LanguageSwitcher = (props: { csrfToken: string; currentUrl?: string }) => {
  const { lang, t } = useI18n();
  return (
    <form method="post" action="/language" class="lang-switch" aria-label={t.lang.label}>
      <CsrfField token={props.csrfToken} />
      {props.currentUrl ? <input type="hidden" name="next" value={props.currentUrl} /> : null}
      <ul class="lang-list">
        {LANGS.map((l) => (
          <li>
            <button
              type="submit"
              name="lang"
              value={l}
              lang={l}
              class="lang-button"
              aria-current={l === lang ? 'true' : undefined}
              title={SWITCH_TITLES[l]}
            >
              {LANG_NAMES[l]}
            </button>
          </li>
        ))}
      </ul>
    </form>
  );
};

/** Each button's tooltip in the language it switches to, so a reader of that language finds it. */
const SWITCH_TITLES: Record<(typeof LANGS)[number], string> = {
  en: 'Show this site in English',
  hi: 'यह साइट हिन्दी में दिखाएँ',
  te: 'ఈ సైట్‌ను తెలుగులో చూపించండి',
};
