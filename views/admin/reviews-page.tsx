import type { Review } from '../../server/store/reviews.js';
import { CsrfField } from '../components/csrf-field.js';
import { useI18n } from '../i18n/i18n.js';

export type ReviewsPageProps = {
  movies: { id: string; title: string }[];
  movie: { id: string; title: string } | null;
  reviews: Review[];
  average: number | null;
  count: number;
  /** This page's cursor (none: the newest) and the next page's, when there are older reviews. */
  paging?: { before?: string; next?: string };
  csrfToken: string;
  theaterId: string;
};

const q = (theaterId: string) => `?theater=${encodeURIComponent(theaterId)}`;

/**
 * Moderation: a movie's reviews, hidden ones too. Movies are shared by every theater, so any
 * manager or owner moderates every movie; the audit entry goes to the theater picked above.
 */
export const ReviewsPage = (props: ReviewsPageProps) => {
  const i = useI18n();
  const w = i.t.admin.reviews;
  return (
  <section>
    <h1 class="page-title">{w.title}</h1>
    <p class="lead">{w.lead}</p>
    <nav aria-label={w.movies}>
      <ul class="pills">
        {props.movies.map((m) => (
          <li>
            <a class="pill" href={`/admin/reviews${q(props.theaterId)}&movie=${encodeURIComponent(m.id)}`} aria-current={m.id === props.movie?.id ? 'page' : undefined}>
              {m.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
    {props.movie ? (
      <>
        <h2 class="section-title">{props.movie.title}</h2>
        <p>{props.average == null ? w.noneVisible : w.average(props.average.toFixed(1), i.num(props.count), props.count !== 1)}</p>
        {props.reviews.length === 0 ? (
          <p class="empty-state">{w.noReviews}</p>
        ) : (
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">{w.caption(props.movie.title)}</caption>
              <thead>
                <tr>
                  <th scope="col">{w.author}</th>
                  <th scope="col" class="num">
                    {w.rating}
                  </th>
                  <th scope="col">{w.review}</th>
                  <th scope="col">{w.state}</th>
                  <th scope="col">{w.action}</th>
                </tr>
              </thead>
              <tbody>
                {props.reviews.map((r) => {
                  const action = `/admin/reviews/${encodeURIComponent(r.movieId)}/${encodeURIComponent(r.userId)}`;
                  const back = `${q(props.theaterId)}${props.paging?.before ? `&before=${encodeURIComponent(props.paging.before)}` : ''}`;
                  return (
                    <tr>
                      <th scope="row">
                        {r.authorName} <span class="muted">({r.updatedAt.slice(0, 10)})</span>
                      </th>
                      <td class="num">{r.rating}</td>
                      <td>{r.text || '–'}</td>
                      <td>{r.hidden ? w.hiddenBy(r.hiddenBy?.name ?? w.staff, r.hiddenReason ?? '') : w.shown}</td>
                      <td>
                        {r.hidden ? (
                          <form method="post" action={`${action}/unhide${back}`}>
                            <CsrfField token={props.csrfToken} />
                            <button type="submit" class="button button-secondary">
                              {w.showAgain}
                            </button>
                          </form>
                        ) : (
                          <form method="post" action={`${action}/hide${back}`} class="stack-form">
                            <CsrfField token={props.csrfToken} />
                            <label class="field-label" for={`reason-${r.userId}`}>
                              {w.reason}
                            </label>
                            <input id={`reason-${r.userId}`} name="reason" class="field-input" required minlength={3} maxlength={300} />
                            <button type="submit" class="button button-secondary">
                              {w.hide}
                            </button>
                          </form>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        {props.paging?.next || props.paging?.before ? (
          <p class="review-paging">
            {props.paging.before ? <a href={`/admin/reviews${q(props.theaterId)}&movie=${encodeURIComponent(props.movie.id)}`}>{i.t.reviews.newest}</a> : null}
            {props.paging.next ? (
              <a rel="next" href={`/admin/reviews${q(props.theaterId)}&movie=${encodeURIComponent(props.movie.id)}&before=${encodeURIComponent(props.paging.next)}`}>
                {i.t.reviews.older}
              </a>
            ) : null}
          </p>
        ) : null}
      </>
    ) : (
      <p class="empty-state">{w.noMovies}</p>
    )}
  </section>
  );
};
