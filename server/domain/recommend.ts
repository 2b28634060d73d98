/**
 * "Recommended for you": movies now showing in the city that the person has not booked, ranked
 * (a) by what they share with movies the person watched (genres count twice, languages once),
 * then (b) by seats sold this week in the city for shows in the person's languages, then in all
 * languages. Every card carries its reasons, most telling first, so the page can say why.
 */
export interface Candidate {
  movieId: string;
  title: string;
  genres: string[];
  /** Languages of its shows on sale in the city. */
  showLanguages: string[];
  /** Seats sold in the city's shows of this week. */
  seats: number;
  seatsByLanguage: Record<string, number>;
}

export interface Watched {
  movieId: string;
  title: string;
  genres: string[];
  languages: string[];
}

export type Reason =
  | { kind: 'watched'; title: string }
  | { kind: 'popular'; city: string }
  | { kind: 'language'; language: string }
  | { kind: 'showing'; city: string };

export interface Recommendation {
  movieId: string;
  title: string;
  reasons: Reason[];
}

export interface RecommendInput {
  city: string;
  nowShowing: Candidate[];
  /** Null when signed out: popular in the city only. */
  person: null | {
    /** Movies watched (shows started), newest first. */
    watched: Watched[];
    /** Every movie with a confirmed booking, past or ahead. */
    booked: string[];
    /** Movie languages this person reads (from the page language). */
    languages: string[];
  };
  limit?: number;
}

const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x)).length;

/** The watched movie this one is most like, and how alike (0: nothing shared). */
function closest(c: Candidate, watched: Watched[]): { title: string; score: number } | null {
  let best: { title: string; score: number } | null = null;
  for (const w of watched) {
    const score = 2 * shared(c.genres, w.genres) + shared(c.showLanguages, w.languages);
    if (score > 0 && (!best || score > best.score)) best = { title: w.title, score };
  }
  return best;
}

export function recommend(input: RecommendInput): Recommendation[] {
  const limit = input.limit ?? 6;
  const p = input.person;
  if (!p) {
    return input.nowShowing
      .filter((c) => c.seats > 0)
      .sort((a, b) => b.seats - a.seats || a.title.localeCompare(b.title))
      .slice(0, limit)
      .map((c) => ({ movieId: c.movieId, title: c.title, reasons: [{ kind: 'popular', city: input.city }] }));
  }
  const booked = new Set(p.booked);
  const ranked = input.nowShowing
    .filter((c) => !booked.has(c.movieId))
    .map((c) => {
      const like = closest(c, p.watched);
      const language = c.showLanguages.find((l) => p.languages.includes(l));
      const inMyLanguages = p.languages.reduce((s, l) => s + (c.seatsByLanguage[l] ?? 0), 0);
      const reasons: Reason[] = [];
      if (like) reasons.push({ kind: 'watched', title: like.title });
      if (c.seats > 0) reasons.push({ kind: 'popular', city: input.city });
      if (language) reasons.push({ kind: 'language', language });
      if (!reasons.length) reasons.push({ kind: 'showing', city: input.city });
      return { c, like: like?.score ?? 0, inMyLanguages, reasons: reasons.slice(0, 2) };
    })
    .sort((a, b) => b.like - a.like || b.inMyLanguages - a.inMyLanguages || b.c.seats - a.c.seats || a.c.title.localeCompare(b.c.title));
  return ranked.slice(0, limit).map((r) => ({ movieId: r.c.movieId, title: r.c.title, reasons: r.reasons }));
}
