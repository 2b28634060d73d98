import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateTopicCommand,
  ListSubscriptionsByTopicCommand,
  ListTopicsCommand,
  PublishCommand,
  SNSClient,
  SubscribeCommand,
  UnsubscribeCommand,
} from '@aws-sdk/client-sns';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MailboxMessage } from '../../server/local/mailbox.js';
import { startSnsSink, type RunningSnsSink } from '../../server/local/sns-sink.js';
import { createSnsPublisher, toSnsSubject } from '../../server/notify/sns-publisher.js';

const REGION = 'ap-south-1';
let dir: string;
let sink: RunningSnsSink;
let sns: SNSClient;

const clientFor = (url: string, region = REGION): SNSClient =>
  new SNSClient({
    endpoint: url,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });

async function mailbox(url = sink.url): Promise<MailboxMessage[]> {
  const res = await fetch(`${url}/mailbox.json`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: MailboxMessage[] }).messages;
}

async function createTopic(name: string): Promise<string> {
  const out = await sns.send(new CreateTopicCommand({ Name: name }));
  return out.TopicArn ?? '';
}

/** Resolves with the error the promise rejected with; fails the test if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number; attempts?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to be rejected');
}

const uniqueName = (): string => `t-${Math.random().toString(36).slice(2, 10)}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sns-sink-'));
  sink = await startSnsSink({ port: 0, mailboxFile: join(dir, 'main', 'mailbox.jsonl') });
  sns = clientFor(sink.url);
});

afterAll(async () => {
  sns.destroy();
  await sink.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  expect((await fetch(`${sink.url}/mailbox`, { method: 'DELETE' })).status).toBe(200);
});

describe('topics and subscriptions through the real SDK', () => {
  it('creates topics idempotently, in the region the client signs for', async () => {
    const name = uniqueName();
    const first = await createTopic(name);
    const second = await createTopic(name);
    expect(first).toBe(`arn:aws:sns:ap-south-1:000000000000:${name}`);
    expect(second).toBe(first);

    const eu = clientFor(sink.url, 'eu-west-1');
    const euArn = (await eu.send(new CreateTopicCommand({ Name: name }))).TopicArn;
    eu.destroy();
    expect(euArn).toBe(`arn:aws:sns:eu-west-1:000000000000:${name}`);

    const listed = (await sns.send(new ListTopicsCommand({}))).Topics?.map((t) => t.TopicArn) ?? [];
    expect(listed.filter((arn) => arn === first)).toHaveLength(1);
    expect(listed).toContain(euArn);
  });

  it('delivers a topic message only to subscriptions whose filter policy matches', async () => {
    const topicArn = await createTopic(uniqueName());
    const subscribe = async (Protocol: string, Endpoint: string, policy?: object): Promise<string> =>
      (
        await sns.send(
          new SubscribeCommand({
            TopicArn: topicArn,
            Protocol,
            Endpoint,
            ...(policy ? { Attributes: { FilterPolicy: JSON.stringify(policy) } } : {}),
          }),
        )
      ).SubscriptionArn ?? '';
    await subscribe('email', 'tickets@example.com', { kind: ['ticket', 'refund'] });
    await subscribe('email', 'marketing@example.com', { kind: [{ 'anything-but': ['ticket', 'refund'] }] });
    await subscribe('sms', '+919800000001', { lang: [{ prefix: 'hi' }] });
    await subscribe('email', 'vip@example.com', { vip: [{ exists: true }] });
    const everything = await subscribe('email', 'audit@example.com');

    const subs = (await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: topicArn }))).Subscriptions ?? [];
    expect(subs.map((s) => `${s.Protocol}:${s.Endpoint}`).sort()).toEqual([
      'email:audit@example.com',
      'email:marketing@example.com',
      'email:tickets@example.com',
      'email:vip@example.com',
      'sms:+919800000001',
    ]);

    const published = await sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Subject: 'Your tickets',
        Message: 'Seats A4, A5',
        MessageAttributes: {
          kind: { DataType: 'String', StringValue: 'ticket' },
          lang: { DataType: 'String', StringValue: 'hi-IN' },
        },
      }),
    );
    const messages = await mailbox();
    expect(messages.map((m) => `${m.channel}:${m.to}`).sort()).toEqual([
      'email:audit@example.com',
      'email:tickets@example.com',
      'sms:+919800000001',
    ]);
    for (const m of messages) {
      expect(m.id).toBe(published.MessageId);
      expect(m.body).toBe('Seats A4, A5');
      expect(m.subject).toBe(m.channel === 'email' ? 'Your tickets' : null);
      expect(m.attributes).toEqual({ kind: 'ticket', lang: 'hi-IN' });
    }

    await sns.send(new UnsubscribeCommand({ SubscriptionArn: everything }));
    await fetch(`${sink.url}/mailbox`, { method: 'DELETE' });
    await sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Message: 'Weekend offer',
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'offer' } },
      }),
    );
    expect((await mailbox()).map((m) => m.to)).toEqual(['marketing@example.com']);
  });

  it('records a message addressed by to/channel attributes without any subscription', async () => {
    const topicArn = await createTopic(uniqueName());
    const out = await sns.send(
      new PublishCommand({
        TopicArn: topicArn,
        Subject: 'Verify your email',
        MessageStructure: 'json',
        Message: JSON.stringify({ default: 'plain', email: 'Your code is 123456' }),
        MessageAttributes: {
          channel: { DataType: 'String', StringValue: 'email' },
          to: { DataType: 'String', StringValue: 'asha@example.com' },
        },
      }),
    );
    const [message, ...rest] = await mailbox();
    expect(rest).toEqual([]);
    expect(message).toMatchObject({
      id: out.MessageId,
      to: 'asha@example.com',
      channel: 'email',
      subject: 'Verify your email',
      body: 'Your code is 123456',
      attributes: { channel: 'email', to: 'asha@example.com' },
    });
    expect(Number.isNaN(Date.parse(message.sentAt))).toBe(false);
  });

  it('publishes straight to a phone number', async () => {
    const out = await sns.send(new PublishCommand({ PhoneNumber: '+919876543210', Message: 'Show at 18:30, screen 2' }));
    expect(await mailbox()).toEqual([
      {
        id: out.MessageId,
        to: '+919876543210',
        channel: 'sms',
        subject: null,
        body: 'Show at 18:30, screen 2',
        sentAt: expect.any(String),
        attributes: {},
      },
    ]);
  });
});

describe('refusals look like SNS refusals', () => {
  it('rejects a Publish without Message as InvalidParameter', async () => {
    const topicArn = await createTopic(uniqueName());
    const error = await rejection(sns.send(new PublishCommand({ TopicArn: topicArn } as unknown as PublishCommand['input'])));
    expect(error.name).toBe('InvalidParameterException');
    expect((error as unknown as { Code: string }).Code).toBe('InvalidParameter');
    expect(error.$metadata?.httpStatusCode).toBe(400);
    expect(await mailbox()).toEqual([]);
  });

  it('rejects a missing or double target and a phone number that is not E.164', async () => {
    const topicArn = await createTopic(uniqueName());
    const none = await rejection(sns.send(new PublishCommand({ Message: 'x' })));
    const both = await rejection(sns.send(new PublishCommand({ Message: 'x', TopicArn: topicArn, PhoneNumber: '+919876543210' })));
    const badPhone = await rejection(sns.send(new PublishCommand({ Message: 'x', PhoneNumber: '98765 43210' })));
    expect([none.name, both.name, badPhone.name]).toEqual(Array(3).fill('InvalidParameterException'));
    expect(badPhone.message).toContain('98765 43210');
    expect(await mailbox()).toEqual([]);
  });

  it('answers NotFound (404) for an unknown topic', async () => {
    const error = await rejection(
      sns.send(new PublishCommand({ TopicArn: 'arn:aws:sns:ap-south-1:000000000000:no-such-topic', Message: 'x' })),
    );
    expect(error.name).toBe('NotFoundException');
    expect(error.$metadata?.httpStatusCode).toBe(404);
  });

  it('rejects an invalid filter policy and an empty attribute value', async () => {
    const topicArn = await createTopic(uniqueName());
    const policy = await rejection(
      sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'email', Endpoint: 'a@example.com', Attributes: { FilterPolicy: '{"kind":"ticket"}' } })),
    );
    expect(policy.name).toBe('InvalidParameterException');
    const empty = await rejection(
      sns.send(new PublishCommand({ TopicArn: topicArn, Message: 'x', MessageAttributes: { to: { DataType: 'String', StringValue: '' } } })),
    );
    expect(empty.name).toBe('InvalidParameterValueException');
  });

  it('writes the ErrorResponse XML the query protocol expects', async () => {
    const res = await fetch(sink.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=Publish&Version=2010-03-31&PhoneNumber=%2B919876543210',
    });
    expect(res.status).toBe(400);
    const xml = await res.text();
    expect(xml).toContain('<ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><Error><Type>Sender</Type><Code>InvalidParameter</Code><Message>');
    expect(xml).toMatch(/<\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/);

    const unknown = await fetch(sink.url, { method: 'POST', body: new URLSearchParams({ Action: 'toString' }) });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('<Code>InvalidAction</Code>');
  });
});

describe('createSnsPublisher against the sink', () => {
  it('sends an addressed email (keeping its HTML) and an SMS', async () => {
    const topicName = uniqueName();
    const publisher = createSnsPublisher({ endpoint: sink.url, region: REGION, topicName });
    expect(await publisher.ensureTopic()).toBe(`arn:aws:sns:ap-south-1:000000000000:${topicName}`);

    const emailId = await publisher.sendEmail({
      to: 'ravi@example.com',
      subject: 'Booking MM-1234 confirmed',
      text: 'Enjoy the show',
      html: '<p>Enjoy the <b>show</b> &amp; popcorn</p>',
      kind: 'booking_confirmed',
      lang: 'hi',
    });
    const smsId = await publisher.sendSms({ to: '+919811111111', text: 'Code 481516', kind: 'otp' });

    const [sms, email] = await mailbox();
    expect(email).toMatchObject({
      id: emailId,
      to: 'ravi@example.com',
      channel: 'email',
      subject: 'Booking MM-1234 confirmed',
      body: 'Enjoy the show',
      html: '<p>Enjoy the <b>show</b> &amp; popcorn</p>',
      attributes: { channel: 'email', to: 'ravi@example.com', kind: 'booking_confirmed', lang: 'hi' },
    });
    expect(sms).toMatchObject({ id: smsId, to: '+919811111111', channel: 'sms', subject: null, body: 'Code 481516' });
    expect(sms.attributes.kind).toBe('otp');
  });

  it('shortens a subject SNS would refuse instead of losing the email', async () => {
    const publisher = createSnsPublisher({ endpoint: sink.url, region: REGION, topicName: uniqueName() });
    const long = `Your tickets for ${'A Very Long Film Title '.repeat(6)}\nScreen 3`;
    await publisher.sendEmail({ to: 'a@example.com', subject: long, text: 'x', kind: 'tickets' });
    const [message] = await mailbox();
    expect(message.subject).toBe(toSnsSubject(long));
    expect(Array.from(message.subject ?? '').length).toBeLessThan(100);
    expect(message.subject).not.toContain('\n');
  });
});

describe('mailbox persistence and the fault switch', () => {
  it('keeps the mailbox across a restart with the same file, newest first', async () => {
    const file = join(dir, 'restart', 'mailbox.jsonl');
    const first = await startSnsSink({ port: 0, mailboxFile: file });
    const firstClient = clientFor(first.url);
    await firstClient.send(new PublishCommand({ PhoneNumber: '+919800000010', Message: 'before restart' }));
    firstClient.destroy();
    await first.close();

    const second = await startSnsSink({ port: 0, mailboxFile: file });
    try {
      expect((await mailbox(second.url)).map((m) => m.body)).toEqual(['before restart']);
      const secondClient = clientFor(second.url);
      await secondClient.send(new PublishCommand({ PhoneNumber: '+919800000010', Message: 'after restart' }));
      secondClient.destroy();
      expect((await mailbox(second.url)).map((m) => m.body)).toEqual(['after restart', 'before restart']);
      expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(2);

      await fetch(`${second.url}/mailbox`, { method: 'DELETE' });
      expect(readFileSync(file, 'utf8')).toBe('');
    } finally {
      await second.close();
    }
  });

  describe('while down', () => {
    afterEach(async () => {
      await fetch(`${sink.url}/_fault`, { method: 'POST', body: JSON.stringify({ down: false }) });
    });

    it('rejects publishing with 503 after the retry, then recovers', async () => {
      const publisher = createSnsPublisher({ endpoint: sink.url, region: REGION, topicName: uniqueName() });
      const down = await fetch(`${sink.url}/_fault`, { method: 'POST', body: JSON.stringify({ down: true }) });
      expect(await down.json()).toEqual({ down: true });

      const error = await rejection(publisher.sendSms({ to: '+919800000020', text: 'lost', kind: 'otp' }));
      expect(error.$metadata?.httpStatusCode).toBe(503);
      expect(error.$metadata?.attempts).toBe(2);
      expect(await rejection(publisher.ensureTopic())).toHaveProperty('name', 'ServiceUnavailable');
      expect(await (await fetch(`${sink.url}/healthz`)).json()).toEqual({ status: 'ok' });
      expect(await mailbox()).toEqual([]);

      await fetch(`${sink.url}/_fault`, { method: 'POST', body: JSON.stringify({ down: false }) });
      await publisher.sendEmail({ to: 'b@example.com', subject: 'Back', text: 'up again', kind: 'test' });
      expect((await mailbox()).map((m) => m.body)).toEqual(['up again']);
    });
  });
});
