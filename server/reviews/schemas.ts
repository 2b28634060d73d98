import { z } from 'zod';
import { RATING_MAX, RATING_MIN, REVIEW_TEXT_MAX } from '../domain/review-rules.js';

/** A review as the API and the movie page's form send it (the form's rating arrives as text). */
export const reviewInput = z.object({
  rating: z.coerce
    .number({ message: 'Choose a rating from 1 to 5 stars.' })
    .int('Choose a rating from 1 to 5 stars.')
    .min(RATING_MIN, 'Choose a rating from 1 to 5 stars.')
    .max(RATING_MAX, 'Choose a rating from 1 to 5 stars.'),
  text: z
    .string()
    .trim()
    .max(REVIEW_TEXT_MAX, `Keep the review under ${REVIEW_TEXT_MAX.toLocaleString('en-IN')} characters.`)
    .optional()
    .default(''),
});

export type ReviewInput = z.infer<typeof reviewInput>;

/** A page cursor: the sort key of the last review shown. */
export const reviewCursor = z.string().max(120).regex(/^[\w:.#-]+$/).optional().catch(undefined);

export const hideInput = z.object({
  reason: z.string().trim().min(3, 'Say why in a few words (3–300 characters).').max(300, 'Say why in a few words (3–300 characters).'),
});
