import type { Theater } from '../../server/domain/catalog.js';

export type TheatersPageProps = {
  theaters: (Theater & { cityName: string; editable: boolean })[];
  canCreate: boolean;
};

/** The theaters this person works at. */
export const TheatersPage = (props: TheatersPageProps) => (
  <section>
    <h1 class="page-title">Theaters</h1>
    {props.canCreate ? (
      <p class="admin-actions">
        <a class="button button-primary" href="/admin/theaters/new">
          Add a theater
        </a>
      </p>
    ) : null}
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden">Your theaters</caption>
        <thead>
          <tr>
            <th scope="col">Theater</th>
            <th scope="col">City</th>
            <th scope="col">Time zone</th>
            <th scope="col">Fee</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {props.theaters.map((t) => (
            <tr>
              <th scope="row">
                {t.name}
                <br />
                <span class="muted">{t.address}</span>
              </th>
              <td>{t.cityName}</td>
              <td>{t.timezone}</td>
              <td>{(t.convenienceFeeBps / 100).toFixed(2)}%</td>
              <td>
                {t.editable ? <a href={`/admin/theaters/${encodeURIComponent(t.id)}/edit?theater=${encodeURIComponent(t.id)}`}>Edit {t.name}</a> : null}{' '}
                <a href={`/admin/screens?theater=${encodeURIComponent(t.id)}`}>Screens</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </section>
);
