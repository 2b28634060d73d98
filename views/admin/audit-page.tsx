import type { AuditEntry } from '../../server/store/audit.js';
import { showTimeText } from '../../server/domain/show-time-label.js';

export type AuditPageProps = {
  theaterName: string;
  timezone: string;
  entries: AuditEntry[];
  labels: Record<string, string>;
  /** Link to the next (older) page, when there is one. */
  olderHref?: string;
};

/** Who changed what and when at one theater, newest first. */
export const AuditPage = (props: AuditPageProps) => (
  <section>
    <h1 class="page-title">Audit log</h1>
    <p class="lead">Every change to prices, schedules, layouts, refunds and leases at {props.theaterName}, newest first.</p>
    {props.entries.length === 0 ? (
      <p class="empty-state">No changes recorded yet.</p>
    ) : (
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">Changes at {props.theaterName}</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Of</th>
              <th scope="col">Before</th>
              <th scope="col">After</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((e) => (
              <tr>
                <td>
                  <time datetime={e.at}>{showTimeText(new Date(e.at), props.timezone)}</time>
                </td>
                <td>
                  {e.who.name}
                  <br />
                  <span class="muted">{e.who.email}</span>
                </td>
                <td>{props.labels[e.what] ?? e.what}</td>
                <td>
                  <code>{e.subject}</code>
                </td>
                <td>{e.before ?? '–'}</td>
                <td>{e.after ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    {props.olderHref ? (
      <p>
        <a href={props.olderHref}>Older changes →</a>
      </p>
    ) : null}
  </section>
);
