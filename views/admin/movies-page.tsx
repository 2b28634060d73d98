import type { Movie } from '../../server/domain/catalog.js';
import { useI18n } from '../i18n/i18n.js';

/** Every movie on the platform (movies are shared by all theaters). */
export const MoviesPage = (props: { movies: Movie[] }) => {
  const i = useI18n();
  const w = i.t.admin.movies;
  return (
  <section>
    <h1 class="page-title">{w.title}</h1>
    <p class="admin-actions">
      <a class="button button-primary" href="/admin/movies/new">
        {w.add}
      </a>
    </p>
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden">{w.title}</caption>
        <thead>
          <tr>
            <th scope="col">{w.name}</th>
            <th scope="col">{w.languages}</th>
            <th scope="col">{w.certificate}</th>
            <th scope="col" class="num">
              {w.minutes}
            </th>
            <th scope="col">{w.poster}</th>
            <th scope="col">{w.actions}</th>
          </tr>
        </thead>
        <tbody>
          {props.movies.map((m) => (
            <tr>
              <th scope="row">{m.title}</th>
              <td>{m.languages.map((l) => i.name(l)).join(', ')}</td>
              <td>{m.certificate}</td>
              <td class="num">{i.num(m.durationMinutes)}</td>
              <td>{m.posterFile ? w.hasPoster : '–'}</td>
              <td>
                <a href={`/admin/movies/${encodeURIComponent(m.id)}/edit`}>{w.edit(m.title)}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </section>
  );
};
