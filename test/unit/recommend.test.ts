import { describe, expect, it } from 'vitest';
import { recommend, type Candidate, type Watched } from '../../server/domain/recommend.js';

const movie = (movieId: string, genres: string[], showLanguages: string[], seatsByLanguage: Record<string, number> = {}): Candidate => ({
  movieId,
  title: movieId.toUpperCase(),
  genres,
  showLanguages,
  seatsByLanguage,
  seats: Object.values(seatsByLanguage).reduce((a, b) => a + b, 0),
});

const NOW_SHOWING = [
  movie('thriller-te', ['Thriller'], ['Telugu'], { Telugu: 3 }),
  movie('action-hi', ['Action', 'Drama'], ['Hindi'], { Hindi: 40 }),
  movie('comedy-hi', ['Comedy'], ['Hindi'], { Hindi: 10 }),
  movie('family-en', ['Family'], ['English'], {}),
  movie('drama-te', ['Drama'], ['Telugu'], { Telugu: 20 }),
];
const PUSHPA: Watched = { movieId: 'pushpa', title: 'Pushpa 2', genres: ['Action', 'Drama'], languages: ['Telugu'] };

describe('recommend', () => {
  it('signed out: popular in the city only, most seats first, nothing unsold', () => {
    const r = recommend({ city: 'Hyderabad', nowShowing: NOW_SHOWING, person: null });
    expect(r.map((x) => x.movieId)).toEqual(['action-hi', 'drama-te', 'comedy-hi', 'thriller-te']);
    expect(r[0].reasons).toEqual([{ kind: 'popular', city: 'Hyderabad' }]);
  });

  it('puts movies like the ones watched first and says which one', () => {
    const r = recommend({ city: 'Hyderabad', nowShowing: NOW_SHOWING, person: { watched: [PUSHPA], booked: ['pushpa'], languages: [] } });
    // action-hi shares two genres (4); drama-te one genre and the language (3).
    expect(r.map((x) => x.movieId).slice(0, 2)).toEqual(['action-hi', 'drama-te']);
    expect(r[0].reasons[0]).toEqual({ kind: 'watched', title: 'Pushpa 2' });
    expect(r[1].reasons).toEqual([{ kind: 'watched', title: 'Pushpa 2' }, { kind: 'popular', city: 'Hyderabad' }]);
  });

  it('leaves out every movie already booked', () => {
    const r = recommend({ city: 'Hyderabad', nowShowing: NOW_SHOWING, person: { watched: [], booked: ['action-hi', 'drama-te'], languages: [] } });
    expect(r.map((x) => x.movieId)).not.toContain('action-hi');
    expect(r.map((x) => x.movieId)).not.toContain('drama-te');
  });

  it('then ranks by seats sold in the person’s language, and says it is their language', () => {
    const r = recommend({ city: 'Hyderabad', nowShowing: NOW_SHOWING, person: { watched: [], booked: [], languages: ['Telugu'] } });
    expect(r.map((x) => x.movieId)).toEqual(['drama-te', 'thriller-te', 'action-hi', 'comedy-hi', 'family-en']);
    expect(r[0].reasons).toEqual([{ kind: 'popular', city: 'Hyderabad' }, { kind: 'language', language: 'Telugu' }]);
    expect(r[4].reasons).toEqual([{ kind: 'showing', city: 'Hyderabad' }]);
  });

  it('keeps at most two reasons and the limit', () => {
    const r = recommend({ city: 'Hyderabad', nowShowing: NOW_SHOWING, person: { watched: [PUSHPA], booked: [], languages: ['Telugu'] }, limit: 3 });
    expect(r).toHaveLength(3);
    for (const x of r) expect(x.reasons.length).toBeLessThanOrEqual(2);
    expect(r.find((x) => x.movieId === 'drama-te')!.reasons).toEqual([{ kind: 'watched', title: 'Pushpa 2' }, { kind: 'popular', city: 'Hyderabad' }]);
  });
});
