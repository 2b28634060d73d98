import type { Screen } from '../../server/domain/catalog.js';
import { useI18n } from '../i18n/i18n.js';

/** The screens of one theater, with their current layout version. */
export const ScreensPage = (props: { theaterId: string; theaterName: string; screens: Screen[] }) => {
  const i = useI18n();
  const w = i.t.admin.screens;
  const q = `?theater=${encodeURIComponent(props.theaterId)}`;
  return (
    <section>
      <h1 class="page-title">{w.heading(props.theaterName)}</h1>
      <p class="admin-actions">
        <a class="button button-primary" href={`/admin/screens/new${q}`}>
          {w.add}
        </a>
      </p>
      {props.screens.length === 0 ? (
        <p class="empty-state">{w.none}</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{w.title}</caption>
            <thead>
              <tr>
                <th scope="col">{w.screen}</th>
                <th scope="col" class="num">
                  {w.seats}
                </th>
                <th scope="col" class="num">
                  {w.version}
                </th>
                <th scope="col">{w.actions}</th>
              </tr>
            </thead>
            <tbody>
              {props.screens.map((s) => (
                <tr>
                  <th scope="row">{s.name}</th>
                  <td class="num">{i.num(s.seatsTotal)}</td>
                  <td class="num">{i.num(s.layoutVersion)}</td>
                  <td>
                    <a href={`/admin/screens/${encodeURIComponent(s.id)}/layout${q}`}>{w.edit(s.name)}</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
};
