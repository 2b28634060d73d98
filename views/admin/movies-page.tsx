import type { Movie } from '../../server/domain/catalog.js';

/** Every movie on the platform (movies are shared by all theaters). */
export const MoviesPage = (props: { movies: Movie[] }) => (
  <section>
    <h1 class="page-title">Movies</h1>
    <p class="admin-actions">
      <a class="button button-primary" href="/admin/movies/new">
        Add a movie
      </a>
    </p>
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden">Movies</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Languages</th>
            <th scope="col">Certificate</th>
            <th scope="col" class="num">
              Minutes
            </th>
            <th scope="col">Poster</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {props.movies.map((m) => (
            <tr>
              <th scope="row">{m.title}</th>
              <td>{m.languages.join(', ')}</td>
              <td>{m.certificate}</td>
              <td class="num">{m.durationMinutes}</td>
              <td>{m.posterFile ? 'Yes' : '–'}</td>
              <td>
                <a href={`/admin/movies/${encodeURIComponent(m.id)}/edit`}>Edit {m.title}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </section>
);
