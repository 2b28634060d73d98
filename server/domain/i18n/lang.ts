/**
 * The languages the site speaks to people and how one is chosen for a request. Pure: the cookie,
 * the account's saved choice and the Accept-Language header come in as strings.
 */
export const LANGS = ['en', 'hi', 'te'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language's own name, as the switcher shows it. */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', hi: 'हिन्दी', te: 'తెలుగు' };

const INTL_LOCALES: Record<Lang, string> = { en: 'en-IN', hi: 'hi-IN', te: 'te-IN' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The Intl locale for numbers, money and dates: Indian grouping and the language's month and day names. */
export function intlLocale(lang: Lang): string {
  return INTL_LOCALES[lang];
}

/**
 * The best of our languages for an Accept-Language header (`hi-IN,hi;q=0.9,en;q=0.8`): highest
 * q first, ties in the header's order; `en-US` counts as `en`; `*` and unknown tags are ignored.
 */
export function negotiateLang(header: string | undefined | null): Lang | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((x) => x.quality > 0 && isLang(x.base))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.length ? (ranked[0].base as Lang) : null;
}

/** The page language: the `lang` cookie, else the account's saved language, else the browser's, else English. */
export function chooseLang(sources: { cookie?: string | null; account?: string | null; acceptLanguage?: string | null }): Lang {
  if (isLang(sources.cookie)) return sources.cookie;
  if (isLang(sources.account)) return sources.account;
  return negotiateLang(sources.acceptLanguage) ?? 'en';
}
