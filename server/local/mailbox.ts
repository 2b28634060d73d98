import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type MailboxChannel = 'email' | 'sms';

/** One message "delivered" by the local SNS sink to a person. */
export interface MailboxMessage {
  /** The SNS MessageId of the Publish that produced it (shared by every delivery of that Publish). */
  id: string;
  to: string;
  channel: MailboxChannel;
  subject: string | null;
  body: string;
  html?: string;
  sentAt: string;
  attributes: Record<string, string>;
}

export interface Mailbox {
  add(message: MailboxMessage): void;
  /** Newest first. */
  list(): MailboxMessage[];
  clear(): void;
}

/**
 * In-memory mailbox, optionally mirrored to a JSON-lines file so that restarting local mode keeps
 * what was sent. Writes are synchronous: volumes are tiny and it keeps the file in publish order.
 */
export function createMailbox(opts: { file?: string } = {}): Mailbox {
  const { file } = opts;
  const messages: MailboxMessage[] = file ? load(file) : [];
  return {
    add(message) {
      messages.push(message);
      if (file) appendFileSync(file, `${JSON.stringify(message)}\n`);
    },
    list: () => [...messages].reverse(),
    clear() {
      messages.length = 0;
      if (file) writeFileSync(file, '');
    },
  };
}

function load(file: string): MailboxMessage[] {
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync(file)) return [];
  const loaded: MailboxMessage[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    // A line cut short by a crash mid-write is skipped rather than losing the whole mailbox.
    try {
      const parsed: unknown = JSON.parse(line);
      if (isMailboxMessage(parsed)) loaded.push(parsed);
    } catch {
      continue;
    }
  }
  return loaded;
}

function isMailboxMessage(value: unknown): value is MailboxMessage {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.id === 'string' &&
    typeof m.to === 'string' &&
    (m.channel === 'email' || m.channel === 'sms') &&
    (typeof m.subject === 'string' || m.subject === null) &&
    typeof m.body === 'string' &&
    typeof m.sentAt === 'string' &&
    typeof m.attributes === 'object' &&
    m.attributes !== null
  );
}
