import type { DisplayPrefs } from '../../server/domain/i18n/display-prefs.js';
import { useI18n } from '../i18n/i18n.js';
import { DisplayToggles } from './display-toggles.js';

export const SiteFooter = (props: { csrfToken: string; currentUrl?: string; display: DisplayPrefs }) => {
  const { t } = useI18n();
  return (
    <footer class="site-footer">
      <div class="site-footer-inner">
        <p>© Movie Magic · {t.footer.tagline}</p>
        <ul class="footer-links">
          <li>
            <a href="/about">{t.footer.about}</a>
          </li>
          <li>
            <a href="/contact">{t.footer.contact}</a>
          </li>
        </ul>
        <DisplayToggles csrfToken={props.csrfToken} currentUrl={props.currentUrl} display={props.display} />
      </div>
    </footer>
  );
};
