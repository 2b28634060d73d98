import { publish, type PublishDeps } from './sns-publish.js';
import { el, invalidParameter, readAttributes, SnsError, successXml } from './sns-query-protocol.js';
import { ACCOUNT_ID } from './sns-registry.js';

export interface ActionContext extends PublishDeps {
  region: string;
  requestId: string;
}

/** Runs one SNS query-protocol action and returns its XML answer; refusals are thrown as SnsError. */
export function runAction(params: URLSearchParams, ctx: ActionContext): string {
  const action = params.get('Action');
  if (!action) throw new SnsError('MissingAction', 'Missing Action');
  const handler = Object.hasOwn(HANDLERS, action) ? HANDLERS[action] : undefined;
  if (!handler) throw new SnsError('InvalidAction', `The action ${action} is not valid for this endpoint.`);
  const inner = handler(params, ctx);
  return successXml(action, inner, ctx.requestId);
}

type Handler = (params: URLSearchParams, ctx: ActionContext) => string | null;

const HANDLERS: Record<string, Handler> = {
  CreateTopic(params, { registry, region }) {
    const topic = registry.createTopic(required(params, 'Name'), region, readAttributes(params));
    return el('TopicArn', topic.arn);
  },

  ListTopics(_params, { registry }) {
    const members = registry.listTopics().map((t) => `<member>${el('TopicArn', t.arn)}</member>`);
    return `<Topics>${members.join('')}</Topics>`;
  },

  Subscribe(params, { registry }) {
    const subscription = registry.subscribe(
      required(params, 'TopicArn'),
      required(params, 'Protocol'),
      params.get('Endpoint') ?? '',
      readAttributes(params),
    );
    return el('SubscriptionArn', subscription.arn);
  },

  Unsubscribe(params, { registry }) {
    registry.unsubscribe(required(params, 'SubscriptionArn'));
    return null;
  },

  ListSubscriptionsByTopic(params, { registry }) {
    const members = registry.subscriptionsOf(required(params, 'TopicArn')).map(
      (s) =>
        `<member>${el('TopicArn', s.topicArn)}${el('Protocol', s.protocol)}${el('SubscriptionArn', s.arn)}` +
        `${el('Owner', ACCOUNT_ID)}${el('Endpoint', s.endpoint)}</member>`,
    );
    return `<Subscriptions>${members.join('')}</Subscriptions>`;
  },

  Publish(params, ctx) {
    return el('MessageId', publish(params, ctx));
  },
};

function required(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (!value) throw invalidParameter(`Invalid parameter: ${name}`);
  return value;
}
