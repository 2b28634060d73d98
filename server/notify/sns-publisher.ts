import { CreateTopicCommand, PublishCommand, SNSClient, type MessageAttributeValue } from '@aws-sdk/client-sns';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
  lang?: string;
}

export interface SmsMessage {
  to: string;
  text: string;
  kind: string;
}

/** What the app needs to notify people; tests may pass any implementation. Methods return the MessageId. */
export interface Publisher {
  ensureTopic(): Promise<string>;
  sendEmail(m: EmailMessage): Promise<string>;
  sendSms(m: SmsMessage): Promise<string>;
}

export interface SnsPublisherOptions {
  /** Set in local mode (the in-repo SNS sink); absent in production, where the SDK's defaults apply. */
  endpoint?: string;
  region: string;
  topicName: string;
}

/**
 * Emails go to one topic, addressed by the `channel`/`to` message attributes: a forwarder subscribed
 * with a filter policy on `channel` delivers each to its `to`. The HTML body travels in the `html`
 * attribute (MessageStructure=json has no key for it). SMS are published straight to the number.
 */
export function createSnsPublisher(opts: SnsPublisherOptions): Publisher {
  const client = new SNSClient({
    region: opts.region,
    maxAttempts: 2,
    // throwOnRequestTimeout: otherwise the SDK only warns after 3 s and keeps waiting on a hung SNS.
    requestHandler: { requestTimeout: 3000, connectionTimeout: 1000, throwOnRequestTimeout: true },
    ...(opts.endpoint
      ? { endpoint: opts.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  let topicArn: Promise<string> | undefined;

  function ensureTopic(): Promise<string> {
    topicArn ??= client.send(new CreateTopicCommand({ Name: opts.topicName })).then((out) => {
      if (!out.TopicArn) throw new Error(`CreateTopic ${opts.topicName} returned no TopicArn`);
      return out.TopicArn;
    });
    // Forget a failure so the next message tries again instead of failing forever.
    topicArn.catch(() => (topicArn = undefined));
    return topicArn;
  }

  return {
    ensureTopic,

    async sendEmail(m) {
      const subject = toSnsSubject(m.subject);
      const out = await client.send(
        new PublishCommand({
          TopicArn: await ensureTopic(),
          Message: m.text,
          ...(subject ? { Subject: subject } : {}),
          MessageAttributes: strings({ channel: 'email', to: m.to, kind: m.kind, lang: m.lang, html: m.html }),
        }),
      );
      return messageId(out.MessageId);
    },

    async sendSms(m) {
      const out = await client.send(
        new PublishCommand({
          PhoneNumber: m.to,
          Message: m.text,
          MessageAttributes: strings({ kind: m.kind, 'AWS.SNS.SMS.SMSType': 'Transactional' }),
        }),
      );
      return messageId(out.MessageId);
    },
  };
}

/** SNS refuses subjects with control characters or of 100 characters or more; a long title must not lose the email. */
export function toSnsSubject(subject: string): string {
  const clean = subject.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  return chars.length < 100 ? clean : `${chars.slice(0, 98).join('').trimEnd()}…`;
}

/** SNS rejects empty attribute values, so absent and empty ones are left out. */
function strings(values: Record<string, string | undefined>): Record<string, MessageAttributeValue> {
  const attributes: Record<string, MessageAttributeValue> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value) attributes[name] = { DataType: 'String', StringValue: value };
  }
  return attributes;
}

function messageId(id: string | undefined): string {
  if (!id) throw new Error('SNS Publish returned no MessageId');
  return id;
}
