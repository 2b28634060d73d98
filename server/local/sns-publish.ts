import { randomUUID } from 'node:crypto';
import type { Mailbox, MailboxChannel, MailboxMessage } from './mailbox.js';
import { matchesFilterPolicy, type MessageAttribute } from './sns-filter-policy.js';
import { invalidParameter, readMessageAttributes } from './sns-query-protocol.js';
import { E164, type Registry } from './sns-registry.js';

const MAX_MESSAGE_BYTES = 262_144;
const MAILBOX_PROTOCOLS: Record<string, MailboxChannel> = { email: 'email', sms: 'sms' };

export interface PublishDeps {
  registry: Registry;
  mailbox: Mailbox;
  now: () => Date;
}

/** The Publish action: validates like SNS does, then records the deliveries in the mailbox. */
export function publish(params: URLSearchParams, deps: PublishDeps): string {
  const message = params.get('Message');
  if (message === null) throw invalidParameter('Invalid parameter: Message is required');
  if (message === '') throw invalidParameter('Invalid parameter: Empty message');
  if (Buffer.byteLength(message) > MAX_MESSAGE_BYTES) throw invalidParameter('Invalid parameter: Message too long');

  const targets = (['TopicArn', 'TargetArn', 'PhoneNumber'] as const).filter((name) => params.get(name));
  if (targets.length !== 1) {
    throw invalidParameter('Invalid parameter: exactly one of TopicArn, TargetArn or PhoneNumber must be given');
  }
  const subject = readSubject(params.get('Subject'));
  const bodyFor = readBodies(message, params.get('MessageStructure'));
  const attributes = readMessageAttributes(params);

  const id = randomUUID();
  const base = { id, sentAt: deps.now().toISOString(), attributes: flatten(attributes) };
  const phone = params.get('PhoneNumber');
  if (phone !== null) {
    if (!E164.test(phone)) throw invalidParameter(`Invalid parameter: PhoneNumber Reason: ${phone} is not valid to publish to`);
    deps.mailbox.add({ ...base, to: phone, channel: 'sms', subject: null, body: bodyFor('sms') });
    return id;
  }

  const topicArn = params.get('TopicArn') ?? params.get('TargetArn') ?? '';
  const deliveries: MailboxMessage[] = [];
  const deliver = (to: string, channel: MailboxChannel): void => {
    if (deliveries.some((d) => d.to === to && d.channel === channel)) return;
    const html = channel === 'email' ? attributes.html?.value : undefined;
    deliveries.push({
      ...base,
      to,
      channel,
      subject: channel === 'email' ? subject : null,
      body: bodyFor(channel),
      ...(html === undefined ? {} : { html }),
    });
  };

  for (const subscription of deps.registry.subscriptionsOf(topicArn)) {
    const channel = MAILBOX_PROTOCOLS[subscription.protocol];
    if (!channel || !subscription.confirmed) continue;
    if (matchesFilterPolicy(subscription.filterPolicy, attributes)) deliver(subscription.endpoint, channel);
  }
  // The app addresses one person per message through the `to` and `channel` attributes. In
  // production a forwarder subscribed to the topic (with a filter policy on `channel`) delivers
  // each message to its `to`; locally the sink plays that forwarder, with or without subscriptions.
  const to = attributes.to;
  const channel = attributes.channel?.value;
  if (to?.dataType === 'String' && (channel === 'email' || channel === 'sms')) deliver(to.value, channel);

  for (const delivery of deliveries) deps.mailbox.add(delivery);
  return id;
}

function readSubject(subject: string | null): string | null {
  if (subject === null) return null;
  if (subject === '' || Array.from(subject).length >= 100 || /[\u0000-\u001f\u007f]/.test(subject)) {
    throw invalidParameter('Invalid parameter: Subject');
  }
  return subject;
}

/** With MessageStructure=json the Message holds one text per protocol plus a required `default`. */
function readBodies(message: string, structure: string | null): (channel: MailboxChannel) => string {
  if (structure === null) return () => message;
  if (structure !== 'json') throw invalidParameter('Invalid parameter: MessageStructure');
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    throw invalidParameter('Invalid parameter: Message Structure - JSON message body failed to parse');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidParameter('Invalid parameter: Message Structure - JSON message body failed to parse');
  }
  const bodies = parsed as Record<string, unknown>;
  const fallback = bodies.default;
  if (typeof fallback !== 'string') throw invalidParameter('Invalid parameter: Message Structure - No default entry in JSON message body');
  return (channel) => {
    const specific = bodies[channel];
    return typeof specific === 'string' ? specific : fallback;
  };
}

function flatten(attributes: Record<string, MessageAttribute>): Record<string, string> {
  return Object.fromEntries(Object.entries(attributes).map(([name, a]) => [name, a.value]));
}
