import type { Screen } from '../../server/domain/catalog.js';

/** The screens of one theater, with their current layout version. */
export const ScreensPage = (props: { theaterId: string; theaterName: string; screens: Screen[] }) => {
  const q = `?theater=${encodeURIComponent(props.theaterId)}`;
  return (
    <section>
      <h1 class="page-title">Screens at {props.theaterName}</h1>
      <p class="admin-actions">
        <a class="button button-primary" href={`/admin/screens/new${q}`}>
          Add a screen
        </a>
      </p>
      {props.screens.length === 0 ? (
        <p class="empty-state">No screens yet.</p>
      ) : (
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">Screens</caption>
            <thead>
              <tr>
                <th scope="col">Screen</th>
                <th scope="col" class="num">
                  Seats
                </th>
                <th scope="col" class="num">
                  Layout version
                </th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {props.screens.map((s) => (
                <tr>
                  <th scope="row">{s.name}</th>
                  <td class="num">{s.seatsTotal}</td>
                  <td class="num">{s.layoutVersion}</td>
                  <td>
                    <a href={`/admin/screens/${encodeURIComponent(s.id)}/layout${q}`}>Edit the layout of {s.name}</a>
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
