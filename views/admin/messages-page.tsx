import type { FailedMessage } from '../../admin/services/failed-messages.js';
import { CsrfField } from '../components/csrf-field.js';
import { useI18n } from '../i18n/i18n.js';

/** Messages that could not be delivered after every retry, with a retry button each. */
export const MessagesPage = (props: { messages: FailedMessage[]; csrfToken: string; theaterId: string }) => {
  const i = useI18n();
  const w = i.t.admin.messages;
  return (
  <section>
    <h1 class="page-title">{w.title}</h1>
    <p class="lead">{w.lead}</p>
    {props.messages.length === 0 ? (
      <p class="empty-state">{w.empty}</p>
    ) : (
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{w.title}</caption>
          <thead>
            <tr>
              <th scope="col">{w.to}</th>
              <th scope="col">{w.message}</th>
              <th scope="col">{w.booking}</th>
              <th scope="col" class="num">
                {w.attempts}
              </th>
              <th scope="col">{w.lastError}</th>
              <th scope="col">{w.action}</th>
            </tr>
          </thead>
          <tbody>
            {props.messages.map((m) => (
              <tr>
                <th scope="row">
                  {m.to} <span class="muted">({(i.t.admin.states.channel as Record<string, string>)[m.channel] ?? m.channel})</span>
                </th>
                <td>{m.subject || m.kind}</td>
                <td>{m.bookingId ? <a href={`/admin/bookings/${encodeURIComponent(m.bookingId)}`}>{m.bookingId}</a> : '–'}</td>
                <td class="num">{i.num(m.attempts)}</td>
                <td>{m.lastError ?? '–'}</td>
                <td>
                  <form method="post" action={`/admin/messages/${encodeURIComponent(m.id)}/retry?theater=${encodeURIComponent(props.theaterId)}`}>
                    <CsrfField token={props.csrfToken} />
                    <button type="submit" class="button button-secondary">
                      {w.retry}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </section>
  );
};
