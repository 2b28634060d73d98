import type { FailedMessage } from '../../admin/services/failed-messages.js';
import { CsrfField } from '../components/csrf-field.js';

/** Messages that could not be delivered after every retry, with a retry button each. */
export const MessagesPage = (props: { messages: FailedMessage[]; csrfToken: string; theaterId: string }) => (
  <section>
    <h1 class="page-title">Undelivered messages</h1>
    <p class="lead">Emails and SMS that failed after every retry. Check the address or number, then send again.</p>
    {props.messages.length === 0 ? (
      <p class="empty-state">Every message was delivered.</p>
    ) : (
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">Undelivered messages</caption>
          <thead>
            <tr>
              <th scope="col">To</th>
              <th scope="col">Message</th>
              <th scope="col">Booking</th>
              <th scope="col" class="num">
                Attempts
              </th>
              <th scope="col">Last error</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {props.messages.map((m) => (
              <tr>
                <th scope="row">
                  {m.to} <span class="muted">({m.channel})</span>
                </th>
                <td>{m.subject || m.kind}</td>
                <td>{m.bookingId ? <a href={`/admin/bookings/${encodeURIComponent(m.bookingId)}`}>{m.bookingId}</a> : '–'}</td>
                <td class="num">{m.attempts}</td>
                <td>{m.lastError ?? '–'}</td>
                <td>
                  <form method="post" action={`/admin/messages/${encodeURIComponent(m.id)}/retry?theater=${encodeURIComponent(props.theaterId)}`}>
                    <CsrfField token={props.csrfToken} />
                    <button type="submit" class="button button-secondary">
                      Send again
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
