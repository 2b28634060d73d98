import { Hono, type Context } from 'hono';
import { AppError } from '../../server/domain/errors.js';
import { formError } from '../../server/domain/field-hints.js';
import { theatersFor } from '../../server/domain/permissions.js';
import type { AppEnv } from '../../server/routes/env.js';
import { tr } from '../../server/routes/render.js';
import { readForm } from '../../server/routes/read-input.js';
import { getMovie, listMovies } from '../../server/store/catalog-admin.js';
import { MovieForm, PosterForm } from '../../views/admin/movie-form.js';
import { MoviesPage } from '../../views/admin/movies-page.js';
import type { AdminDeps } from '../deps.js';
import { addMovie, CERTIFICATES, editMovie, movieForm } from '../services/movies.js';
import { savePoster } from '../services/posters.js';
import { adminPage, doneFlash, scopeFor, staffOf } from './admin-page.js';
import { fieldErrorsIn, formErrorIn } from '../../views/admin/form-errors.js';

/** Movies are shared by every theater: a manager or owner of any theater may add and edit them. */
function requireMovieEditor(c: Context<AppEnv>): void {
  if (theatersFor(staffOf(c).roles, 'movie.edit').length === 0) throw new AppError('forbidden', 'Only managers and owners edit movies.');
}

export function movieRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/admin/movies', async (c, next) => (requireMovieEditor(c), next()));
  app.use('/admin/movies/*', async (c, next) => (requireMovieEditor(c), next()));

  app.get('/admin/movies', async (c) => {
    const scope = await scopeFor(c, deps, 'theater.view');
    return adminPage(
      c,
      { title: tr(c).t.admin.movies.title, section: 'movies', scope, flash: doneFlash(c, tr(c).t.admin.movies.done) },
      <MoviesPage movies={await listMovies(deps.db)} />,
    );
  });

  async function formPage(c: Context<AppEnv>, opts: { id?: string; values: Record<string, string>; errors?: Record<string, string>; formError?: string; posterError?: string; status?: number }) {
    const scope = await scopeFor(c, deps, 'theater.view');
    const movie = opts.id ? await getMovie(deps.db, opts.id) : null;
    if (opts.id && !movie) throw new AppError('not_found', 'There is no movie with that id.');
    const w = tr(c).t.admin.movies;
    const title = movie ? w.edit(movie.title) : w.add;
    return adminPage(
      c,
      { title, section: 'movies', scope, status: opts.status, flash: doneFlash(c, w.done) },
      <>
        <h1 class="page-title">{title}</h1>
        <MovieForm
          action={movie ? `/admin/movies/${encodeURIComponent(movie.id)}` : '/admin/movies'}
          csrfToken={c.get('csrfToken')}
          values={opts.values}
          errors={opts.errors ?? {}}
          formError={opts.formError}
          certificates={CERTIFICATES}
          submitLabel={movie ? tr(c).t.admin.movieForm.save : tr(c).t.admin.movieForm.add}
        />
        {movie ? (
          <PosterForm
            action={`/admin/movies/${encodeURIComponent(movie.id)}/poster`}
            csrfToken={c.get('csrfToken')}
            posterUrl={movie.posterFile ? `/posters/${movie.posterFile}` : null}
            error={opts.posterError}
            title={movie.title}
          />
        ) : null}
      </>,
    );
  }

  app.get('/admin/movies/new', (c) => formPage(c, { values: { certificate: 'UA' } }));

  app.post('/admin/movies', async (c) => {
    const form = await readForm(c);
    try {
      const movie = await addMovie(deps.db, form);
      return c.redirect(`/admin/movies/${encodeURIComponent(movie.id)}/edit?done=created`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'invalid_request') throw err;
      return formPage(c, { values: form, errors: fieldErrorsIn(tr(c), err), formError: formErrorIn(tr(c), err), status: 400 });
    }
  });

  app.get('/admin/movies/:id/edit', async (c) => {
    const movie = await getMovie(deps.db, c.req.param('id'));
    if (!movie) throw new AppError('not_found', 'There is no movie with that id.');
    return formPage(c, { id: movie.id, values: movieForm(movie) });
  });

  app.post('/admin/movies/:id', async (c) => {
    const id = c.req.param('id');
    const form = await readForm(c);
    try {
      await editMovie(deps.db, id, form);
      return c.redirect('/admin/movies?done=saved', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'invalid_request') throw err;
      return formPage(c, { id, values: form, errors: fieldErrorsIn(tr(c), err), formError: formErrorIn(tr(c), err), status: 400 });
    }
  });

  app.post('/admin/movies/:id/poster', async (c) => {
    const id = c.req.param('id');
    const body = await c.req.parseBody().catch(() => {
      throw formError('The upload could not be read. Choose the image again and resend the form.', { code: 'uploadUnreadable' });
    });
    const file = body.poster;
    try {
      const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
      await savePoster(deps.db, deps.posterDir, id, bytes);
      return c.redirect(`/admin/movies/${encodeURIComponent(id)}/edit?done=poster`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code === 'not_found') throw err;
      const movie = await getMovie(deps.db, id);
      if (!movie) throw new AppError('not_found', 'There is no movie with that id.');
      return formPage(c, { id, values: movieForm(movie), posterError: formErrorIn(tr(c), err), status: err.status });
    }
  });

  return app;
}
