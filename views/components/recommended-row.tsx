import type { Reason, Recommendation } from '../../server/domain/recommend.js';
import { useI18n, type I18n } from '../i18n/i18n.js';

function reasonText(i18n: I18n, r: Reason): string {
  const w = i18n.t.reviews;
  switch (r.kind) {
    case 'watched':
      return w.becauseWatched(r.title);
    case 'popular':
      return w.popularIn(i18n.name(r.city));
    case 'language':
      return w.inYourLanguage(i18n.name(r.language));
    case 'showing':
      return w.nowShowing(i18n.name(r.city));
  }
}

/** "Recommended for you" (or, signed out, "Popular in <city>"): each card says why it is there. */
export const RecommendedRow = (props: { cityName: string; signedIn: boolean; items: Recommendation[]; movieHref: (id: string) => string }) => {
  const i18n = useI18n();
  const w = i18n.t.reviews;
  return (
    <section class="recommended" aria-labelledby="recommended-heading">
      <h2 id="recommended-heading" class="section-title">
        {props.signedIn ? w.recommended : w.popularHere(props.cityName)}
      </h2>
      <ul class="recommended-list">
        {props.items.map((r) => (
          <li class="card recommended-card">
            <h3 class="movie-title">
              <a href={props.movieHref(r.movieId)}>{r.title}</a>
            </h3>
            <p class="recommended-why">{r.reasons.map((x) => reasonText(i18n, x)).join(' · ')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
};
