import { Hono } from 'hono';
import { AppError } from '../domain/errors.js';
import type { MailboxReader } from '../local/mailbox-reader.js';
import { MailboxPage } from '../../views/pages/mailbox.js';
import type { AppEnv } from './env.js';
import { page } from './render.js';

/** `/dev/mailbox` and `/dev/mailbox.json`: mounted in local mode only. */
export function devMailboxRoutes(mailbox: MailboxReader): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const read = async () => {
    try {
      return (await mailbox.list()).map((m) => ({ to: m.to, channel: m.channel, subject: m.subject, body: m.body, sentAt: m.sentAt }));
    } catch {
      throw new AppError('store_unavailable', 'The local mailbox is not reachable right now.');
    }
  };
  app.get('/mailbox.json', async (c) => c.json({ messages: await read() }));
  app.get('/mailbox', async (c) => page(c, 'Local mailbox', <MailboxPage messages={await read()} />));
  return app;
}
