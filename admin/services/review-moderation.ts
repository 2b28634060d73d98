import { AppError } from '../../server/domain/errors.js';
import { changeReview, requireMovie } from '../../server/reviews/write-review.js';
import { auditPut } from '../../server/store/audit.js';
import type { Db } from '../../server/store/db.js';
import type { Review } from '../../server/store/reviews.js';
import { auditOf } from './audit-log.js';

export interface Moderator {
  id: string;
  email: string;
  name: string;
}

/**
 * Hides (or shows again) one review: the review, the movie's average and the audit entry (in the
 * log of the theater the moderator works from) change in one transaction.
 */
export async function setReviewHidden(
  db: Db,
  who: Moderator,
  theaterId: string,
  movieId: string,
  userId: string,
  hide: { hidden: true; reason: string } | { hidden: false },
  now: Date,
): Promise<Review> {
  const movie = await requireMovie(db, movieId);
  const at = now.toISOString();
  const { after } = await changeReview(db, movieId, userId, (current) => {
    if (!current) throw new AppError('not_found', 'There is no such review.');
    const after: Review = hide.hidden
      ? { ...current, hidden: true, hiddenBy: { id: who.id, name: who.name, email: who.email }, hiddenReason: hide.reason, hiddenAt: at, version: current.version + 1 }
      : { ...withoutHiding(current), hidden: false, version: current.version + 1 };
    const entry = auditOf(
      who,
      theaterId,
      hide.hidden ? 'review.hide' : 'review.unhide',
      `${movie.title} · ${current.authorName}`,
      hide.hidden
        ? { before: `★${current.rating} shown`, after: `hidden: ${hide.reason}`, beforeNote: { kind: 'reviewShown', rating: current.rating }, afterNote: { kind: 'reviewHidden', reason: hide.reason } }
        : { before: `hidden: ${current.hiddenReason ?? ''}`, after: `★${current.rating} shown`, beforeNote: { kind: 'reviewHidden', reason: current.hiddenReason ?? '' }, afterNote: { kind: 'reviewShown', rating: current.rating } },
      now,
    );
    return { after, extra: [auditPut(db.table, entry)] };
  });
  return after!;
}

function withoutHiding(r: Review): Review {
  const { hiddenBy: _b, hiddenReason: _r, hiddenAt: _a, ...rest } = r;
  return rest as Review;
}
