import type { MailboxMessage } from './mailbox.js';

export interface MailboxReader {
  list(): Promise<MailboxMessage[]>;
}

/** Reads the SNS sink's mailbox over HTTP (the sink runs as its own process). */
export function httpMailboxReader(sinkUrl: string): MailboxReader {
  return {
    async list() {
      const res = await fetch(`${sinkUrl}/mailbox.json`, { signal: AbortSignal.timeout(3000) });
      if (!res.ok) throw new Error(`mailbox answered ${res.status}`);
      const body = (await res.json()) as { messages: MailboxMessage[] };
      return body.messages;
    },
  };
}
