import { randomUUID } from 'node:crypto';
import { parseFilterPolicy, type FilterPolicy } from './sns-filter-policy.js';
import { invalidParameter, SnsError } from './sns-query-protocol.js';

export const ACCOUNT_ID = '000000000000';

export interface Topic {
  arn: string;
  name: string;
  attributes: Record<string, string>;
}

export interface Subscription {
  arn: string;
  topicArn: string;
  protocol: string;
  endpoint: string;
  attributes: Record<string, string>;
  filterPolicy?: FilterPolicy;
  confirmed: boolean;
}

const PROTOCOLS = new Set(['email', 'email-json', 'sms', 'http', 'https', 'sqs', 'lambda', 'application', 'firehose']);
export const E164 = /^\+[1-9]\d{1,14}$/;

/** Topics and subscriptions of the local sink; kept in memory only (the app recreates them at start). */
export function createRegistry() {
  const topics = new Map<string, Topic>();
  const subscriptions = new Map<string, Subscription>();

  function getTopic(arn: string): Topic {
    const topic = topics.get(arn);
    if (!topic) throw new SnsError('NotFound', 'Topic does not exist', 404);
    return topic;
  }

  return {
    createTopic(name: string, region: string, attributes: Record<string, string>): Topic {
      if (!/^[A-Za-z0-9_-]{1,256}(\.fifo)?$/.test(name)) {
        throw invalidParameter('Invalid parameter: Topic Name');
      }
      const arn = `arn:aws:sns:${region}:${ACCOUNT_ID}:${name}`;
      const existing = topics.get(arn);
      if (existing) return existing;
      const topic = { arn, name, attributes };
      topics.set(arn, topic);
      return topic;
    },

    listTopics: (): Topic[] => [...topics.values()],

    getTopic,

    subscribe(topicArn: string, protocol: string, endpoint: string, attributes: Record<string, string>): Subscription {
      const topic = getTopic(topicArn);
      if (!PROTOCOLS.has(protocol)) throw invalidParameter('Invalid parameter: Amazon SNS does not support this protocol string');
      if (protocol.startsWith('email') && !/^[^@\s]+@[^@\s]+$/.test(endpoint)) {
        throw invalidParameter('Invalid parameter: Email address');
      }
      if (protocol === 'sms' && !E164.test(endpoint)) throw invalidParameter('Invalid SMS endpoint: ' + endpoint);
      if (attributes.FilterPolicyScope && attributes.FilterPolicyScope !== 'MessageAttributes') {
        throw invalidParameter('Invalid parameter: FilterPolicyScope: the local sink only filters on MessageAttributes');
      }
      const filterPolicy = attributes.FilterPolicy ? readFilterPolicy(attributes.FilterPolicy) : undefined;
      const same = [...subscriptions.values()].find(
        (s) => s.topicArn === topic.arn && s.protocol === protocol && s.endpoint === endpoint,
      );
      if (same) {
        if (JSON.stringify(same.attributes) !== JSON.stringify(attributes)) {
          throw invalidParameter('Invalid parameter: Attributes Reason: Subscription already exists with different attributes');
        }
        return same;
      }
      // Local mode: nobody would click a confirmation link, so every subscription is live at once.
      const subscription = {
        arn: `${topic.arn}:${randomUUID()}`,
        topicArn: topic.arn,
        protocol,
        endpoint,
        attributes,
        filterPolicy,
        confirmed: true,
      };
      subscriptions.set(subscription.arn, subscription);
      return subscription;
    },

    unsubscribe(arn: string): void {
      if (!subscriptions.delete(arn)) throw new SnsError('NotFound', 'Subscription does not exist', 404);
    },

    subscriptionsOf(topicArn: string): Subscription[] {
      getTopic(topicArn);
      return [...subscriptions.values()].filter((s) => s.topicArn === topicArn);
    },
  };
}

function readFilterPolicy(json: string): FilterPolicy {
  try {
    return parseFilterPolicy(json);
  } catch (error) {
    throw invalidParameter((error as Error).message);
  }
}

export type Registry = ReturnType<typeof createRegistry>;
