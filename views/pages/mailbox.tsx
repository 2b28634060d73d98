export type MailboxEntry = {
  to: string;
  channel: 'email' | 'sms';
  subject: string | null;
  body: string;
  sentAt: string;
};

/** Local mode only: what the SNS-compatible sink received, newest first. */
export const MailboxPage = (props: { messages: MailboxEntry[] }) => (
  <section>
    <h1 class="page-title">Local mailbox</h1>
    <p class="lead">
      Emails and text messages the platform sent while running locally. Nothing here leaves this machine.{' '}
      <a href="/dev/mailbox.json">As JSON</a>
    </p>
    {props.messages.length === 0 ? (
      <p class="empty-state">No messages yet.</p>
    ) : (
      <ol class="mailbox">
        {props.messages.map((m) => (
          <li class="card mailbox-message">
            <p class="muted">
              {m.channel === 'sms' ? 'SMS' : 'Email'} to <strong>{m.to}</strong> · <time datetime={m.sentAt}>{m.sentAt}</time>
            </p>
            {m.subject ? <h2 class="mailbox-subject">{m.subject}</h2> : null}
            <pre class="mailbox-body">{m.body}</pre>
          </li>
        ))}
      </ol>
    )}
  </section>
);
