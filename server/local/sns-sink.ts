/**
 * An SNS-compatible sink for local mode: the unchanged @aws-sdk/client-sns client talks to it, and
 * what would have been emailed or texted lands in a mailbox that people and tests can read.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { z } from 'zod';
import { createMailbox, type Mailbox } from './mailbox.js';
import { runAction } from './sns-actions.js';
import { errorXml, regionFromAuthorization, SnsError } from './sns-query-protocol.js';
import { createRegistry } from './sns-registry.js';

export interface SnsSinkOptions {
  mailboxFile?: string;
  now?: () => Date;
}

export interface RunningSnsSink {
  url: string;
  port: number;
  mailbox: Mailbox;
  close(): Promise<void>;
}

const FaultBody = z.object({ down: z.boolean() });
const XML_HEADERS = { 'content-type': 'text/xml' };

export function createSnsSink(opts: SnsSinkOptions = {}): { app: Hono; mailbox: Mailbox } {
  const mailbox = createMailbox({ file: opts.mailboxFile });
  const registry = createRegistry();
  const now = opts.now ?? (() => new Date());
  let down = false;

  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/mailbox.json', (c) => c.json({ messages: mailbox.list() }));
  app.delete('/mailbox', (c) => {
    const cleared = mailbox.list().length;
    mailbox.clear();
    return c.json({ cleared });
  });
  // Test-only switch to simulate an SNS outage; the non-SNS routes keep answering.
  app.post('/_fault', async (c) => {
    const body = FaultBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return c.json({ error: 'expected {"down": true|false}' }, 400);
    down = body.data.down;
    return c.json({ down });
  });

  app.post('/', async (c) => {
    const requestId = randomUUID();
    try {
      if (down) throw new SnsError('ServiceUnavailable', 'Service is unavailable (fault switch)', 503, 'Receiver');
      const params = new URLSearchParams(await c.req.text());
      const region = regionFromAuthorization(c.req.header('authorization'));
      const xml = runAction(params, { registry, mailbox, now, region, requestId });
      return c.body(xml, 200, XML_HEADERS);
    } catch (error) {
      const snsError =
        error instanceof SnsError ? error : new SnsError('InternalError', 'Internal error', 500, 'Receiver');
      if (!(error instanceof SnsError)) console.error('sns-sink: unexpected error', error);
      return c.body(errorXml(snsError, requestId), snsError.status, XML_HEADERS);
    }
  });

  return { app, mailbox };
}

export function startSnsSink(opts: SnsSinkOptions & { port: number; host?: string }): Promise<RunningSnsSink> {
  const host = opts.host ?? '127.0.0.1';
  const { app, mailbox } = createSnsSink(opts);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: host }, (info: AddressInfo) => {
      server.off('error', reject);
      const close = (): Promise<void> =>
        new Promise((done, fail) => {
          server.close((error) => (error ? fail(error) : done()));
          // The SDK keeps connections alive; without this close() would wait for them to idle out.
          if ('closeAllConnections' in server) server.closeAllConnections();
        });
      resolve({ url: `http://${urlHost(host)}:${info.port}`, port: info.port, mailbox, close });
    });
    server.once('error', reject);
  });
}

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
