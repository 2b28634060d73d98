import type { AuditEntry } from '../../server/store/audit.js';
import { showTimeText } from '../../server/domain/show-time-label.js';
import { useI18n } from '../i18n/i18n.js';
import { auditNoteText } from './audit-note.js';

export type AuditPageProps = {
  theaterName: string;
  timezone: string;
  entries: AuditEntry[];
  /** Link to the next (older) page, when there is one. */
  olderHref?: string;
};

/** Who changed what and when at one theater, newest first. */
export const AuditPage = (props: AuditPageProps) => {
  const i = useI18n();
  const w = i.t.admin.audit;
  return (
  <section>
    <h1 class="page-title">{w.title}</h1>
    <p class="lead">{w.lead(props.theaterName)}</p>
    {props.entries.length === 0 ? (
      <p class="empty-state">{w.empty}</p>
    ) : (
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{w.caption(props.theaterName)}</caption>
          <thead>
            <tr>
              <th scope="col">{w.when}</th>
              <th scope="col">{w.who}</th>
              <th scope="col">{w.what}</th>
              <th scope="col">{w.of}</th>
              <th scope="col">{w.before}</th>
              <th scope="col">{w.after}</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((e) => (
              <tr>
                <td>
                  <time datetime={e.at}>{showTimeText(new Date(e.at), props.timezone, i.locale)}</time>
                </td>
                <td>
                  {e.who.name}
                  <br />
                  <span class="muted">{e.who.email}</span>
                </td>
                <td>{(w.labels as Record<string, string>)[e.what] ?? e.what}</td>
                <td>
                  <code>{e.subject}</code>
                </td>
                <td>{e.beforeNote ? auditNoteText(i, e.beforeNote, props.timezone) : (e.before ?? '–')}</td>
                <td>{e.afterNote ? auditNoteText(i, e.afterNote, props.timezone) : (e.after ?? '–')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    {props.olderHref ? (
      <p>
        <a href={props.olderHref}>{w.older}</a>
      </p>
    ) : null}
  </section>
  );
};
