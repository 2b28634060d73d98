/**
 * The wire format of AWS's query protocol as @aws-sdk/client-sns uses it: form-encoded requests
 * (`Action=Publish&MessageAttributes.entry.1.Name=...`) and XML answers in the SNS namespace.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { MessageAttribute } from './sns-filter-policy.js';

export const SNS_XMLNS = 'http://sns.amazonaws.com/doc/2010-03-31/';
export const DEFAULT_REGION = 'ap-south-1';

/** A refusal answered as `<ErrorResponse>`; `code` is what the SDK turns into the exception name. */
export class SnsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: ContentfulStatusCode = 400,
    readonly type: 'Sender' | 'Receiver' = 'Sender',
  ) {
    super(message);
  }
}

export const invalidParameter = (message: string): SnsError => new SnsError('InvalidParameter', message);

const XML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => XML_ENTITIES[ch] ?? ch);
}

/** `<XResponse><XResult>inner</XResult><ResponseMetadata>..` — `inner: null` leaves out the Result. */
export function successXml(action: string, inner: string | null, requestId: string): string {
  const result = inner === null ? '' : `<${action}Result>${inner}</${action}Result>`;
  return (
    `<?xml version="1.0"?>\n<${action}Response xmlns="${SNS_XMLNS}">${result}` +
    `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${action}Response>`
  );
}

export function errorXml(error: SnsError, requestId: string): string {
  return (
    `<?xml version="1.0"?>\n<ErrorResponse xmlns="${SNS_XMLNS}"><Error><Type>${error.type}</Type>` +
    `<Code>${escapeXml(error.code)}</Code><Message>${escapeXml(error.message)}</Message></Error>` +
    `<RequestId>${requestId}</RequestId></ErrorResponse>`
  );
}

/** `<tag>value</tag>`, escaped; absent values are left out. */
export function el(tag: string, value: string | undefined): string {
  return value === undefined ? '' : `<${tag}>${escapeXml(value)}</${tag}>`;
}

/** Reads a map sent as `<prefix>.entry.N.<key>` / `<prefix>.entry.N.<value...>` pairs, in N order. */
export function readEntries(params: URLSearchParams, prefix: string, keyName: string): Map<number, string> {
  const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.entry\\.(\\d+)\\.${keyName}$`);
  const entries = new Map<number, string>();
  for (const [name, value] of params) {
    const match = pattern.exec(name);
    if (match) entries.set(Number(match[1]), value);
  }
  return new Map([...entries].sort(([a], [b]) => a - b));
}

/** `Attributes.entry.N.key` / `.value` (CreateTopic, Subscribe). */
export function readAttributes(params: URLSearchParams): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [n, key] of readEntries(params, 'Attributes', 'key')) {
    attributes[key] = params.get(`Attributes.entry.${n}.value`) ?? '';
  }
  return attributes;
}

const ATTRIBUTE_TYPES = /^(String|Number|Binary)(\..+)?$/;

/** `MessageAttributes.entry.N.Name` / `.Value.DataType` / `.Value.StringValue|BinaryValue`, validated. */
export function readMessageAttributes(params: URLSearchParams): Record<string, MessageAttribute> {
  const attributes: Record<string, MessageAttribute> = {};
  for (const [n, name] of readEntries(params, 'MessageAttributes', 'Name')) {
    const base = `MessageAttributes.entry.${n}.Value`;
    const dataType = params.get(`${base}.DataType`);
    if (!dataType || !ATTRIBUTE_TYPES.test(dataType)) {
      throw new SnsError('ParameterValueInvalid', `The message attribute '${name}' has an invalid message attribute type, the set of supported type prefixes is Binary, Number, and String.`);
    }
    const value = params.get(dataType.startsWith('Binary') ? `${base}.BinaryValue` : `${base}.StringValue`);
    if (!value) {
      throw new SnsError('ParameterValueInvalid', `The message attribute '${name}' must contain non-empty message attribute value for message attribute type '${dataType}'.`);
    }
    if (dataType.startsWith('Number') && !Number.isFinite(Number(value))) {
      throw new SnsError('ParameterValueInvalid', `Could not cast message attribute '${name}' value to number.`);
    }
    attributes[name] = { dataType, value };
  }
  return attributes;
}

/** The region the client signed for (`Credential=<key>/<date>/<region>/sns/aws4_request`). */
export function regionFromAuthorization(header: string | undefined): string {
  return /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(header ?? '')?.[1] ?? DEFAULT_REGION;
}
