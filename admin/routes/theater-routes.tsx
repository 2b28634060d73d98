import { Hono, type Context } from 'hono';
import { AppError } from '../../server/domain/errors.js';
import { may } from '../../server/domain/permissions.js';
import type { AppEnv } from '../../server/routes/env.js';
import { tr } from '../../server/routes/render.js';
import { readForm } from '../../server/routes/read-input.js';
import { requireStaff } from '../../server/routes/require-staff.js';
import { listCities } from '../../server/store/catalog-admin.js';
import { TheaterForm } from '../../views/admin/theater-form.js';
import { TheatersPage } from '../../views/admin/theaters-page.js';
import type { AdminDeps } from '../deps.js';
import { createTheater, formOf, POLICY_ROWS, updateTheater } from '../services/theater-settings.js';
import { adminPage, doneFlash, scopeFor, staffOf } from './admin-page.js';
import { fieldErrorsIn, formErrorIn } from '../../views/admin/form-errors.js';

/** Theaters: the list, and (owners) adding and editing one. */
export function theaterRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/admin/theaters', async (c) => {
    const scope = await scopeFor(c, deps, 'theater.view');
    const cities = new Map((await listCities(deps.db)).map((x) => [x.id, x.name]));
    const roles = scope.staff.roles;
    return adminPage(
      c,
      { title: tr(c).t.admin.theaters.title, section: 'theaters', scope, flash: doneFlash(c, tr(c).t.admin.theaters.done) },
      <TheatersPage
        theaters={scope.theaters.map((t) => ({ ...t, cityName: cities.get(t.cityId) ?? t.cityId, editable: may(roles, 'theater.edit', t.id) }))}
        canCreate={scope.theaters.some((t) => may(roles, 'theater.create', t.id))}
      />,
    );
  });

  async function createForm(c: Context<AppEnv>, values: Record<string, string>, errors: Record<string, string>, status = 200, formError?: string) {
    const scope = await scopeFor(c, deps, 'theater.create');
    return adminPage(
      c,
      { title: tr(c).t.admin.theaters.add, section: 'theaters', scope, status },
      <>
        <h1 class="page-title">{tr(c).t.admin.theaters.add}</h1>
        <TheaterForm mode="create" action="/admin/theaters" csrfToken={c.get('csrfToken')} values={values} errors={errors} formError={formError} cities={await listCities(deps.db)} policyRows={POLICY_ROWS} />
      </>,
    );
  }

  app.get('/admin/theaters/new', (c) => createForm(c, { tierHours0: '24', tierPercent0: '75', tierHours1: '4', tierPercent1: '50' }, {}));

  app.post('/admin/theaters', async (c) => {
    const scope = await scopeFor(c, deps, 'theater.create');
    const form = await readForm(c);
    try {
      const theater = await createTheater(deps.db, scope.staff, form, deps.clock());
      return c.redirect(`/admin/theaters?theater=${encodeURIComponent(theater.id)}&done=created`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'invalid_request') throw err;
      return createForm(c, form, fieldErrorsIn(tr(c), err), 400, formErrorIn(tr(c), err));
    }
  });

  async function editForm(c: Context<AppEnv>, id: string, values: Record<string, string> | null, errors: Record<string, string>, status = 200, formError?: string) {
    requireStaff(c, 'theater.edit', id);
    const scope = await scopeFor(c, deps, 'theater.view');
    const theater = scope.theaters.find((t) => t.id === id);
    if (!theater) throw new AppError('not_found', 'There is no theater with that id.');
    const cities = await listCities(deps.db);
    return adminPage(
      c,
      { title: tr(c).t.admin.theaters.edit(theater.name), section: 'theaters', scope: { ...scope, theater }, status },
      <>
        <h1 class="page-title">{tr(c).t.admin.theaters.edit(theater.name)}</h1>
        <TheaterForm
          mode="edit"
          action={`/admin/theaters/${encodeURIComponent(id)}`}
          csrfToken={c.get('csrfToken')}
          values={{ ...formOf(theater), ...(values ?? {}) }}
          errors={errors}
          formError={formError}
          cities={cities}
          cityName={cities.find((x) => x.id === theater.cityId)?.name ?? theater.cityId}
          policyRows={POLICY_ROWS}
        />
      </>,
    );
  }

  app.get('/admin/theaters/:id/edit', (c) => editForm(c, c.req.param('id'), null, {}));

  app.post('/admin/theaters/:id', async (c) => {
    const id = c.req.param('id');
    requireStaff(c, 'theater.edit', id);
    const form = await readForm(c);
    try {
      await updateTheater(deps.db, staffOf(c), id, form, deps.clock());
      return c.redirect(`/admin/theaters?theater=${encodeURIComponent(id)}&done=saved`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'invalid_request') throw err;
      return editForm(c, id, form, fieldErrorsIn(tr(c), err), 400, formErrorIn(tr(c), err));
    }
  });

  return app;
}
