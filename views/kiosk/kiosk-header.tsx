import { CsrfField } from '../components/csrf-field.js';
import { LanguageSwitcher } from '../components/language-switcher.js';
import { useKioskWords } from '../i18n/features/kiosk.js';
import type { KioskHeaderInfo } from './kiosk-view-types.js';

/** The box-office header: where this is, whether the link is up, what waits to sync. */
export const KioskHeader = (props: { info: KioskHeaderInfo; csrfToken: string; currentPath?: string }) => {
  const { info } = props;
  const w = useKioskWords().shell;
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
        <span class={info.online ? 'kiosk-badge kiosk-online' : 'kiosk-badge kiosk-offline'}>{info.online ? w.online : w.offline}</span>
        <span>
          {w.lastSync} {info.lastSync ?? w.never}
        </span>
        <span>
          {w.dataFrom} {info.cacheAge ?? w.noneYet}
        </span>
        <span class={info.pendingSales ? 'kiosk-pending' : undefined}>
          {w.pending} {info.pendingSales}
        </span>
        {info.openConflicts ? <a href="/sync" class="kiosk-conflicts">
            {w.conflicts} {info.openConflicts}
          </a> : null}
      </div>
      {info.staffName ? (
        <nav class="kiosk-nav" aria-label={w.navLabel}>
          {link('/', w.sell)}
          {link('/door', w.door)}
          {link('/sync', w.sync)}
          <form method="post" action="/logout" class="kiosk-logout">
            <CsrfField token={props.csrfToken} />
            <button type="submit" class="kiosk-nav-link">
              {w.signOut(info.staffName)}
            </button>
          </form>
        </nav>
      ) : null}
      <LanguageSwitcher csrfToken={props.csrfToken} currentUrl={props.currentPath} />
    </header>
  );
};
