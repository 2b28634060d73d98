import type { Theater } from '../../server/domain/catalog.js';
import { useI18n } from '../i18n/i18n.js';

export type TheatersPageProps = {
  theaters: (Theater & { cityName: string; editable: boolean })[];
  canCreate: boolean;
};

/** The theaters this person works at. */
export const TheatersPage = (props: TheatersPageProps) => {
  const i = useI18n();
  const w = i.t.admin.theaters;
  return (
  <section>
    <h1 class="page-title">{w.title}</h1>
    {props.canCreate ? (
      <p class="admin-actions">
        <a class="button button-primary" href="/admin/theaters/new">
          {w.add}
        </a>
      </p>
    ) : null}
    <div class="table-wrap">
      <table class="table">
        <caption class="visually-hidden">{w.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.theater}</th>
            <th scope="col">{w.city}</th>
            <th scope="col">{w.zone}</th>
            <th scope="col">{w.fee}</th>
            <th scope="col">{w.actions}</th>
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
              <td>{(t.convenienceFeeBps / 100).toLocaleString(i.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}%</td>
              <td>
                <span class="cell-links">
                  {t.editable ? <a href={`/admin/theaters/${encodeURIComponent(t.id)}/edit?theater=${encodeURIComponent(t.id)}`}>{w.edit(t.name)}</a> : null}
                  <a href={`/admin/screens?theater=${encodeURIComponent(t.id)}`}>{w.screens}</a>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  </section>
  );
};
