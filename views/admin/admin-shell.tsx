import type { Child } from 'hono/jsx';
import { useI18n } from '../i18n/i18n.js';

export type AdminSection = 'dashboard' | 'theaters' | 'screens' | 'movies' | 'showtimes' | 'bookings' | 'kiosks' | 'reports' | 'audit' | 'messages' | 'staff' | 'reviews';

export type AdminNavItem = { section: AdminSection; label: string; href: string };

export type AdminShellProps = {
  section: AdminSection;
  nav: AdminNavItem[];
  /** The theater the page is about, and the others this person may switch to. */
  theaterId?: string;
  theaters: { id: string; name: string }[];
  /** Path the theater picker reloads with the chosen theater. */
  switchPath: string;
  children?: Child;
};

/** The panel's frame inside the site layout: its own navigation and the theater picker. */
export const AdminShell = (props: AdminShellProps) => {
  const w = useI18n().t.admin.shell;
  return (
  <>
    <link rel="stylesheet" href="/static/admin.css" />
    <div class="admin">
      <nav class="admin-nav" aria-label={w.navLabel}>
        <p class="admin-nav-title">{w.title}</p>
        <ul>
          {props.nav.map((n) => (
            <li>
              <a href={n.href} aria-current={n.section === props.section ? 'page' : undefined}>
                {n.label}
              </a>
            </li>
          ))}
        </ul>
        {props.theaters.length > 1 && props.theaterId ? (
          <form method="get" action={props.switchPath} class="theater-switch">
            <label for="theater-switch">{w.theater}</label>
            <select id="theater-switch" name="theater" class="field-input field-select">
              {props.theaters.map((t) => (
                <option value={t.id} selected={t.id === props.theaterId}>
                  {t.name}
                </option>
              ))}
            </select>
            <button type="submit" class="button button-secondary">
              {w.switch}
            </button>
          </form>
        ) : null}
      </nav>
      <div class="admin-body">{props.children}</div>
    </div>
  </>
  );
};
