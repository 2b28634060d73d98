import { formatInr } from '../../server/domain/money.js';
import type { ColumnKind, ReportTable } from '../../admin/services/report-table.js';

export function cellText(v: string | number | undefined, kind: ColumnKind): string {
  if (v === undefined) return '';
  if (kind === 'money') return formatInr(Number(v));
  if (kind === 'percent') return `${Number(v).toFixed(1)}%`;
  if (kind === 'int') return Number(v).toLocaleString('en-IN');
  return String(v);
}

/** A report's figures as a real table (what screen readers and people without charts read), with its CSV. */
export const DataTable = (props: { table: ReportTable; csvHref?: string }) => (
  <div>
    <div class="table-wrap report-table">
      <table class="table">
        <caption>{props.table.title}</caption>
        <thead>
          <tr>
            {props.table.columns.map((c) => (
              <th scope="col" class={c.kind === 'text' ? undefined : 'num'}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.table.rows.length === 0 ? (
            <tr>
              <td colspan={props.table.columns.length}>Nothing yet.</td>
            </tr>
          ) : (
            props.table.rows.map((r) => (
              <tr>
                {props.table.columns.map((c, i) =>
                  i === 0 ? (
                    <th scope="row">{cellText(r[c.key], c.kind)}</th>
                  ) : (
                    <td class={c.kind === 'text' ? undefined : 'num'}>{cellText(r[c.key], c.kind)}</td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
    {props.csvHref ? (
      <p class="csv-link">
        <a href={props.csvHref} download>
          Download “{props.table.title}” as CSV
        </a>
      </p>
    ) : null}
  </div>
);
