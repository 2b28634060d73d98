import { CsrfField } from '../components/csrf-field.js';
import type { KioskHeaderInfo } from './kiosk-view-types.js';

/** The box-office header: where this is, whether the link is up, what waits to sync. */
export const KioskHeader = (props: { info: KioskHeaderInfo; csrfToken: string; currentPath?: string }) => {
  const { info } = props;
  const link = (href: string, label: string) => (
    <a href={href} class="kiosk-nav-link" aria-current={props.currentPath === href ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <header class="kiosk-header">
      <div class="kiosk-where">
        <strong>{info.kioskName}</strong> <span>{info.theaterName}</span>
      </div>
      <div class="kiosk-status" id="kiosk-status" role="status">
        <span class={info.online ? 'kiosk-badge kiosk-online' : 'kiosk-badge kiosk-offline'}>{info.online ? 'Online' : 'Offline'}</span>
        <span>Last sync: {info.lastSync ?? 'never'}</span>
        <span>Data from: {info.cacheAge ?? 'none yet'}</span>
        <span class={info.pendingSales ? 'kiosk-pending' : undefined}>Pending sales: {info.pendingSales}</span>
        {info.openConflicts ? <a href="/sync" class="kiosk-conflicts">Conflicts: {info.openConflicts}</a> : null}
      </div>
      {info.staffName ? (
        <nav class="kiosk-nav" aria-label="Box office">
          {link('/', 'Sell')}
          {link('/door', 'Door')}
          {link('/sync', 'Sync')}
          <form method="post" action="/logout" class="kiosk-logout">
            <CsrfField token={props.csrfToken} />
            <button type="submit" class="kiosk-nav-link">
              Sign out {info.staffName}
            </button>
          </form>
        </nav>
      ) : null}
    </header>
  );
};
