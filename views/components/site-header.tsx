import type { ViewUser } from '../view-types.js';
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
}) => {
  const { user, csrfToken, currentPath } = props;
  return (
    <header class="site-header">
      <div class="site-header-inner">
        <a href="/" class="brand">
          <span class="brand-mark" aria-hidden="true">
            ▶
          </span>
          Movie Magic
        </a>
        <nav aria-label="Main" class="site-nav">
          <ul class="nav-list">
            <NavLink href="/" label="Home" currentPath={currentPath} />
            <NavLink href="/about" label="About" currentPath={currentPath} />
            <NavLink href="/contact" label="Contact" currentPath={currentPath} />
            {user ? (
              <>
                <NavLink href="/bookings" label="Bookings" currentPath={currentPath} />
                <NavLink href="/account" label="Account" currentPath={currentPath} />
                <li>
                  <LogoutForm csrfToken={csrfToken} buttonClass="nav-button" />
                </li>
              </>
            ) : (
              <>
                <NavLink href="/login" label="Log in" currentPath={currentPath} />
                <NavLink href="/register" label="Register" currentPath={currentPath} />
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
};
