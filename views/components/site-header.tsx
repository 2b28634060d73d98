import { useI18n } from '../i18n/i18n.js';
import type { ViewUser } from '../view-types.js';
import { LanguageSwitcher } from './language-switcher.js';
import { LogoutForm } from './logout-form.js';

type NavLinkProps = { href: string; label: string; currentPath?: string };

const NavLink = ({ href, label, currentPath }: NavLinkProps) => (
  <li>
    <a href={href} class="nav-link" aria-current={currentPath === href ? 'page' : undefined}>
      {label}
    </a>
  </li>
);

export const SiteHeader = (props: {
  user?: ViewUser | null;
  csrfToken: string;
  currentPath?: string;
  currentUrl?: string;
}) => {
  const { user, csrfToken, currentPath } = props;
  const { t } = useI18n();
  return (
    <header class="site-header">
      <div class="site-header-inner">
        <a href="/" class="brand">
          <span class="brand-mark" aria-hidden="true">
            ▶
          </span>
          Movie Magic
        </a>
        <nav aria-label={t.nav.label} class="site-nav">
          <ul class="nav-list">
            <NavLink href="/" label={t.nav.home} currentPath={currentPath} />
            <NavLink href="/about" label={t.nav.about} currentPath={currentPath} />
            <NavLink href="/contact" label={t.nav.contact} currentPath={currentPath} />
            {user ? (
              <>
                <NavLink href="/bookings" label={t.nav.bookings} currentPath={currentPath} />
                <NavLink href="/account" label={t.nav.account} currentPath={currentPath} />
                <li>
                  <LogoutForm csrfToken={csrfToken} buttonClass="nav-button" />
                </li>
              </>
            ) : (
              <>
                <NavLink href="/login" label={t.nav.login} currentPath={currentPath} />
                <NavLink href="/register" label={t.nav.register} currentPath={currentPath} />
              </>
            )}
          </ul>
        </nav>
        <LanguageSwitcher csrfToken={csrfToken} currentUrl={props.currentUrl} />
      </div>
    </header>
  );
};
