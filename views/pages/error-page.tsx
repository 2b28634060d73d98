import type { Messages } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';

export type ErrorPageProps = { status: number; code: string; message: string };

function headingFor(status: number, w: Messages['errorPage']): string {
  if (status === 404) return w.notFound;
  if (status === 401) return w.login;
  if (status === 403) return w.forbidden;
  if (status === 429) return w.slowDown;
  if (status >= 500) return w.broken;
  return w.couldNot;
}

export const ErrorPage = (props: ErrorPageProps) => {
  const { t } = useI18n();
  return (
    <section class="error-page">
      <p class="error-status" aria-hidden="true">
        {props.status}
      </p>
      <h1 class="page-title">{headingFor(props.status, t.errorPage)}</h1>
      <p class="lead">{props.message}</p>
      <p class="muted">
        {t.errorPage.code}
        <code>{props.code}</code>
      </p>
      <p>
        <a href="/" class="button button-primary">
          {t.errorPage.home}
        </a>
      </p>
    </section>
  );
};
