import { describe, expect, it } from 'vitest';
import { matchesFilterPolicy, parseFilterPolicy } from '../../server/local/sns-filter-policy.js';

describe('filter policy matching', () => {
  const attrs = (entries: Record<string, [string, string]>) =>
    Object.fromEntries(Object.entries(entries).map(([k, [dataType, value]]) => [k, { dataType, value }]));

  it('handles exists:false, numeric ranges and String.Array attributes', () => {
    const policy = parseFilterPolicy('{"vip":[{"exists":false}],"seats":[{"numeric":[">",0,"<=",10]}],"tags":["imax"]}');
    const base = { seats: ['Number', '4'] as [string, string], tags: ['String.Array', '["3d","imax"]'] as [string, string] };
    expect(matchesFilterPolicy(policy, attrs(base))).toBe(true);
    expect(matchesFilterPolicy(policy, attrs({ ...base, vip: ['String', 'yes'] }))).toBe(false);
    expect(matchesFilterPolicy(policy, attrs({ ...base, seats: ['Number', '11'] }))).toBe(false);
    expect(matchesFilterPolicy(policy, attrs({ ...base, tags: ['String.Array', '["3d"]'] }))).toBe(false);
  });

  it('does not match anything-but or prefix when the attribute is absent', () => {
    expect(matchesFilterPolicy(parseFilterPolicy('{"kind":[{"anything-but":"ticket"}]}'), {})).toBe(false);
    expect(matchesFilterPolicy(parseFilterPolicy('{"lang":[{"prefix":"en"}]}'), {})).toBe(false);
    expect(matchesFilterPolicy(undefined, {})).toBe(true);
  });
});
