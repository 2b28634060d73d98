import { useI18n } from '../i18n/i18n.js';
import { CsrfField } from './csrf-field.js';

/** Logging out changes state, so it is a POST with a CSRF token, never a link. */
export const LogoutForm = (props: { csrfToken: string; buttonClass?: string }) => {
  const { t } = useI18n();
  return (
    <form method="post" action="/logout" class="logout-form">
      <CsrfField token={props.csrfToken} />
      <button type="submit" class={props.buttonClass ?? 'button button-secondary'}>
        {t.nav.logout}
      </button>
    </form>
  );
};
