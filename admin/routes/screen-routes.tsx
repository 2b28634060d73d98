import { Hono, type Context } from 'hono';
import { AppError } from '../../server/domain/errors.js';
import { expandLayout } from '../../server/domain/seat-layout.js';
import type { AppEnv } from '../../server/routes/env.js';
import { tr } from '../../server/routes/render.js';
import { readForm } from '../../server/routes/read-input.js';
import { requireStaff } from '../../server/routes/require-staff.js';
import { listTheaterScreens } from '../../server/store/catalog-admin.js';
import { LayoutEditor } from '../../views/admin/layout-editor.js';
import { LayoutPreview } from '../../views/admin/layout-preview.js';
import { ScreensPage } from '../../views/admin/screens-page.js';
import { renderFragment } from '../../views/render.js';
import type { I18n } from '../../views/i18n/i18n.js';
import type { AdminDeps } from '../deps.js';
import { formRows, gridSpec, layoutFromForm, specOf, summarizeSeats, type LayoutForm } from '../services/layout-editor.js';
import { addScreen, saveScreenLayout, screenWithLayout } from '../services/screens.js';
import { adminPage, doneFlash, scopeFor, staffOf } from './admin-page.js';
import { fieldErrorsIn, formErrorIn } from '../../views/admin/form-errors.js';

type EditorState = {
  rows: LayoutForm['rows'];
  spare: number;
  errors: Record<string, string>;
  formError?: string | null;
  grid: { rows: string; seats: string; aisles: string };
  name?: string | null;
};

function preview(rows: LayoutForm['rows'], i18n: I18n) {
  try {
    const seats = expandLayout(specOf({ rows }));
    return <LayoutPreview seats={seats} summary={summarizeSeats(seats)} />;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    return <LayoutPreview seats={null} summary={null} error={rows.length ? formErrorIn(i18n, err) : null} empty={!rows.length} />;
  }
}

/** Applies an editor button that only changes the form (fill the grid, add rows, preview). */
function editorStep(form: Record<string, string>, base: EditorState): EditorState {
  const grid = { rows: form.gridRows ?? '', seats: form.gridSeats ?? '', aisles: form.gridAisles ?? '' };
  if (form.action === 'grid') {
    const aisles = grid.aisles.split(/[,\s]+/).map(Number).filter((n) => Number.isInteger(n));
    return { ...base, grid, rows: gridSpec(Number(grid.rows), Number(grid.seats), aisles).rows, spare: 3 };
  }
  return { ...base, grid, rows: layoutFromForm(form).rows, spare: form.action === 'rows' ? 5 : 3 };
}

/** Screens of a theater and the seat layout editor. */
export function screenRoutes(deps: AdminDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/admin/screens', async (c) => {
    const scope = await scopeFor(c, deps, 'screen.edit');
    const screens = await listTheaterScreens(deps.db, scope.theater.id);
    return adminPage(
      c,
      { title: tr(c).t.admin.screens.title, section: 'screens', scope, flash: doneFlash(c, tr(c).t.admin.screens.done) },
      <ScreensPage theaterId={scope.theater.id} theaterName={scope.theater.name} screens={screens} />,
    );
  });

  async function editorPage(c: Context<AppEnv>, opts: { title: string; action: string; theaterId: string; submitLabel: string; state: EditorState; status?: number }) {
    const scope = await scopeFor(c, deps, 'screen.edit');
    const theater = scope.theaters.find((t) => t.id === opts.theaterId) ?? scope.theater;
    return adminPage(
      c,
      { title: opts.title, section: 'screens', scope: { ...scope, theater }, status: opts.status },
      <>
        <h1 class="page-title">{opts.title}</h1>
        <LayoutEditor
          action={opts.action}
          csrfToken={c.get('csrfToken')}
          theaterId={opts.theaterId}
          screenName={opts.state.name}
          rows={opts.state.rows}
          spareRows={opts.state.spare}
          errors={opts.state.errors}
          formError={opts.state.formError}
          grid={opts.state.grid}
          submitLabel={opts.submitLabel}
          preview={preview(opts.state.rows, tr(c))}
        />
      </>,
    );
  }

  const NEW_GRID = { rows: '10', seats: '20', aisles: '5, 15' };

  app.get('/admin/screens/new', async (c) => {
    const scope = await scopeFor(c, deps, 'screen.edit');
    const state: EditorState = { rows: gridSpec(10, 20, [5, 15]).rows, spare: 3, errors: {}, grid: NEW_GRID, name: '' };
    return editorPage(c, { title: tr(c).t.admin.layout.addTo(scope.theater.name), action: '/admin/screens', theaterId: scope.theater.id, submitLabel: tr(c).t.admin.layout.create, state });
  });

  app.post('/admin/screens', async (c) => {
    const form = await readForm(c);
    const theaterId = form.theaterId ?? '';
    requireStaff(c, 'screen.edit', theaterId);
    const state = editorStep(form, { rows: [], spare: 3, errors: {}, grid: NEW_GRID, name: form.name ?? '' });
    const page = (s: EditorState, status?: number) =>
      editorPage(c, { title: tr(c).t.admin.layout.add, action: '/admin/screens', theaterId, submitLabel: tr(c).t.admin.layout.create, state: s, status });
    if (form.action && form.action !== 'save') return page(state);
    try {
      await addScreen(deps.db, staffOf(c), theaterId, form.name ?? '', { rows: state.rows }, deps.clock());
      return c.redirect(`/admin/screens?theater=${encodeURIComponent(theaterId)}&done=created`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'invalid_request') throw err;
      return page({ ...state, errors: fieldErrorsIn(tr(c), err), formError: formErrorIn(tr(c), err) }, 400);
    }
  });

  app.get('/admin/screens/:id/layout', async (c) => {
    const { screen, layout } = await screenWithLayout(deps.db, c.req.param('id'));
    requireStaff(c, 'screen.edit', screen.theaterId);
    const state: EditorState = { rows: formRows(layout.spec), spare: 3, errors: {}, grid: { rows: '', seats: '', aisles: '' } };
    return editorPage(c, {
      title: tr(c).t.admin.layout.title(screen.name, tr(c).num(screen.layoutVersion)),
      action: `/admin/screens/${encodeURIComponent(screen.id)}/layout`,
      theaterId: screen.theaterId,
      submitLabel: tr(c).t.admin.layout.saveAs(tr(c).num(screen.layoutVersion + 1)),
      state,
    });
  });

  app.post('/admin/screens/:id/layout', async (c) => {
    const { screen } = await screenWithLayout(deps.db, c.req.param('id'));
    requireStaff(c, 'screen.edit', screen.theaterId);
    const form = await readForm(c);
    const state = editorStep(form, { rows: [], spare: 3, errors: {}, grid: { rows: '', seats: '', aisles: '' } });
    const page = (s: EditorState, status?: number) =>
      editorPage(c, {
        title: tr(c).t.admin.layout.title(screen.name, tr(c).num(screen.layoutVersion)),
        action: `/admin/screens/${encodeURIComponent(screen.id)}/layout`,
        theaterId: screen.theaterId,
        submitLabel: tr(c).t.admin.layout.saveAs(tr(c).num(screen.layoutVersion + 1)),
        state: s,
        status,
      });
    if (form.action && form.action !== 'save') return page(state);
    try {
      await saveScreenLayout(deps.db, staffOf(c), screen, { rows: state.rows }, deps.clock());
      return c.redirect(`/admin/screens?theater=${encodeURIComponent(screen.theaterId)}&done=saved`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || (err.code !== 'invalid_request' && err.code !== 'edit_conflict')) throw err;
      return page({ ...state, errors: fieldErrorsIn(tr(c), err), formError: formErrorIn(tr(c), err) }, err.status);
    }
  });

  /** The live preview (htmx): always 200, so the swap also shows what is wrong. */
  app.post('/admin/layout-preview', async (c) => {
    const form = await readForm(c);
    requireStaff(c, 'screen.edit', form.theaterId ?? '');
    return renderFragment(c, preview(layoutFromForm(form).rows, tr(c)));
  });

  return app;
}
