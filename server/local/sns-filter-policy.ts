/**
 * SNS subscription filter policies (scope MessageAttributes): keys are ANDed, the conditions listed
 * for one key are ORed. Supported: exact strings and numbers, `prefix`, `anything-but` (values or
 * `{prefix}`), `exists`, and `numeric` ranges. A String.Array attribute matches when any element does.
 */
export type Condition =
  | string
  | number
  | { prefix: string }
  | { exists: boolean }
  | { 'anything-but': string | number | Array<string | number> | { prefix: string } }
  | { numeric: Array<string | number> };

export type FilterPolicy = Record<string, Condition[]>;

export interface MessageAttribute {
  dataType: string;
  value: string;
}

const NUMERIC_OPS = new Set(['=', '<', '<=', '>', '>=']);

/** Parses and validates a FilterPolicy attribute; throws an Error whose message suits an SNS reply. */
export function parseFilterPolicy(json: string): FilterPolicy {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error('Invalid parameter: FilterPolicy: failed to parse JSON');
  }
  if (!isObject(parsed)) throw new Error('Invalid parameter: FilterPolicy: must be a JSON object');
  for (const [key, conditions] of Object.entries(parsed)) {
    if (!Array.isArray(conditions) || conditions.length === 0) {
      throw new Error(`Invalid parameter: FilterPolicy: "${key}" must be a non-empty array`);
    }
    for (const c of conditions) {
      if (!isCondition(c)) throw new Error(`Invalid parameter: FilterPolicy: unrecognized match type in "${key}"`);
    }
  }
  return parsed as FilterPolicy;
}

export function matchesFilterPolicy(
  policy: FilterPolicy | undefined,
  attributes: Record<string, MessageAttribute>,
): boolean {
  if (!policy) return true;
  return Object.entries(policy).every(([key, conditions]) => {
    const attribute = attributes[key];
    if (!attribute) return conditions.some((c) => isObject(c) && 'exists' in c && c.exists === false);
    const values = attributeValues(attribute);
    return conditions.some((c) => values.some((v) => matchesCondition(c, v)));
  });
}

function attributeValues(attribute: MessageAttribute): Array<string | number> {
  if (attribute.dataType.startsWith('Number')) return [Number(attribute.value)];
  if (!attribute.dataType.startsWith('String.Array')) return [attribute.value];
  try {
    const parsed: unknown = JSON.parse(attribute.value);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number');
  } catch {
    return [];
  }
}

function matchesCondition(c: Condition, v: string | number): boolean {
  if (typeof c === 'string') return typeof v === 'string' && v === c;
  if (typeof c === 'number') return typeof v === 'number' && v === c;
  if ('exists' in c) return c.exists;
  if ('prefix' in c) return typeof v === 'string' && v.startsWith(c.prefix);
  if ('numeric' in c) return typeof v === 'number' && matchesNumeric(c.numeric, v);
  const but = c['anything-but'];
  if (isObject(but)) return typeof v === 'string' && !v.startsWith(but.prefix);
  return !(Array.isArray(but) ? but : [but]).some((x) => x === v);
}

function matchesNumeric(spec: Array<string | number>, v: number): boolean {
  for (let i = 0; i < spec.length; i += 2) {
    const op = spec[i];
    const bound = Number(spec[i + 1]);
    const ok =
      op === '=' ? v === bound : op === '<' ? v < bound : op === '<=' ? v <= bound : op === '>' ? v > bound : v >= bound;
    if (!ok) return false;
  }
  return true;
}

function isCondition(c: unknown): boolean {
  if (typeof c === 'string' || typeof c === 'number') return true;
  if (!isObject(c) || Object.keys(c).length !== 1) return false;
  if ('prefix' in c) return typeof c.prefix === 'string';
  if ('exists' in c) return typeof c.exists === 'boolean';
  if ('numeric' in c) return isNumericSpec(c.numeric);
  if (!('anything-but' in c)) return false;
  const but = c['anything-but'];
  if (typeof but === 'string' || typeof but === 'number') return true;
  if (Array.isArray(but)) return but.length > 0 && but.every((x) => typeof x === 'string' || typeof x === 'number');
  return isObject(but) && Object.keys(but).length === 1 && typeof but.prefix === 'string';
}

function isNumericSpec(spec: unknown): boolean {
  if (!Array.isArray(spec) || spec.length === 0 || spec.length % 2 !== 0) return false;
  for (let i = 0; i < spec.length; i += 2) {
    if (!NUMERIC_OPS.has(String(spec[i])) || typeof spec[i + 1] !== 'number') return false;
  }
  return true;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
