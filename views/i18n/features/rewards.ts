/**
 * Loyalty points and the waitlist: their words in the three languages. Kept apart from the main catalogs so the
 * feature's keys live together; en.ts, hi.ts and te.ts mount them as `rewards`, and `typeof en` makes
 * a key missing in Hindi or Telugu fail the typecheck.
 */
export const en = {};

export const hi: typeof en = {};

export const te: typeof en = {};
