const rules = new Map<string, Intl.PluralRules>();

/** Picks the form for `n` by the locale's plural rules (Hindi counts 0 and 1 as "one"; Telugu and English only 1). */
export function plural(locale: string) {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  const rule = r;
  return (n: number, forms: { one: string; other: string }): string => (rule.select(n) === 'one' ? forms.one : forms.other);
}
