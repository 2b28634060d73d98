import type { Review } from '../../server/store/reviews.js';
import { CsrfField } from '../components/csrf-field.js';

export type ReviewsPageProps = {
  movies: { id: string; title: string }[];
  movie: { id: string; title: string } | null;
  reviews: Review[];
  average: number | null;
  count: number;
  csrfToken: string;
  theaterId: string;
};

const q = (theaterId: string) => `?theater=${encodeURIComponent(theaterId)}`;

/**
 * Moderation: a movie's reviews, hidden ones too. Movies are shared by every theater, so any
 * manager or owner moderates every movie; the audit entry goes to the theater picked above.
 */
export const ReviewsPage = (props: ReviewsPageProps) => (
  <section>
    <h1 class="page-title">Reviews</h1>
    <p class="lead">Hide a review that is abusive or not about the movie. A hidden review leaves the movie's average; its author still sees it, marked hidden.</p>
    <nav aria-label="Movies">
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
        <p>{props.average == null ? 'No visible review.' : `Average ★ ${props.average.toFixed(1)} from ${props.count} visible review${props.count === 1 ? '' : 's'}.`}</p>
        {props.reviews.length === 0 ? (
          <p class="empty-state">Nobody has reviewed this movie yet.</p>
        ) : (
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">Reviews of {props.movie.title}</caption>
              <thead>
                <tr>
                  <th scope="col">Author</th>
                  <th scope="col" class="num">
                    Rating
                  </th>
                  <th scope="col">Review</th>
                  <th scope="col">State</th>
                  <th scope="col">Action</th>
                </tr>
              </thead>
              <tbody>
                {props.reviews.map((r) => {
                  const action = `/admin/reviews/${encodeURIComponent(r.movieId)}/${encodeURIComponent(r.userId)}`;
                  return (
                    <tr>
                      <th scope="row">
                        {r.authorName} <span class="muted">({r.updatedAt.slice(0, 10)})</span>
                      </th>
                      <td class="num">{r.rating}</td>
                      <td>{r.text || '–'}</td>
                      <td>{r.hidden ? `Hidden by ${r.hiddenBy?.name ?? 'staff'}: ${r.hiddenReason ?? ''}` : 'Shown'}</td>
                      <td>
                        {r.hidden ? (
                          <form method="post" action={`${action}/unhide${q(props.theaterId)}`}>
                            <CsrfField token={props.csrfToken} />
                            <button type="submit" class="button button-secondary">
                              Show again
                            </button>
                          </form>
                        ) : (
                          <form method="post" action={`${action}/hide${q(props.theaterId)}`} class="stack-form">
                            <CsrfField token={props.csrfToken} />
                            <label class="field-label" for={`reason-${r.userId}`}>
                              Reason
                            </label>
                            <input id={`reason-${r.userId}`} name="reason" class="field-input" required minlength={3} maxlength={300} />
                            <button type="submit" class="button button-secondary">
                              Hide
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
      </>
    ) : (
      <p class="empty-state">There are no movies yet.</p>
    )}
  </section>
);
