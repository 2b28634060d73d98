import { DEFAULT_CANCELLATION_POLICY } from '../domain/catalog.js';
import { describePolicy, type PolicyWords } from '../domain/cancellation-policy.js';
import type { Db } from '../store/db.js';
import { cachedTheater } from './catalog-cache.js';

/** A theater's cancellation policy in sentences (in `words`' language), shown before purchase and before cancelling. */
export async function policySentences(db: Db, theaterId: string, words?: PolicyWords): Promise<string[]> {
  const theater = await cachedTheater(db, theaterId);
  return describePolicy(theater?.cancellationPolicy ?? DEFAULT_CANCELLATION_POLICY, words);
}
