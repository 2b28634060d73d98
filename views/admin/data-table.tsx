import type { ColumnKind, ReportTable } from '../../admin/services/report-table.js';
import { formatInr } from '../../server/domain/money.js';
import { useI18n } from '../i18n/i18n.js';

export function cellText(v: string | number | undefined, kind: ColumnKind, locale = 'en-IN'): string {
  if (v === undefined) return '';
  if (kind === 'money') return formatInr(Number(v), { locale });
  if (kind === 'percent') return `${Number(v).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}%`;
  if (kind === 'int') return Number(v).toLocaleString(locale);
  return String(v);
}

/** A report's figures as a real table (what screen readers and people without charts read), with its CSV. */
export const DataTable = (props: { table: ReportTable; csvHref?: string }) => {
  const i = useI18n();
  return (
  <div>
    {/* It scrolls when long or wide: focusable, so keyboards can scroll it too (axe scrollable-region-focusable). */}
    <div class="table-wrap report-table" tabindex={0} role="region" aria-label={props.table.title}>
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
              <td colspan={props.table.columns.length}>{i.t.admin.common.nothingYet}</td>
            </tr>
          ) : (
            props.table.rows.map((r) => (
              <tr>
                {props.table.columns.map((c, col) =>
                  col === 0 ? (
                    <th scope="row">{cellText(r[c.key], c.kind, i.locale)}</th>
                  ) : (
                    <td class={c.kind === 'text' ? undefined : 'num'}>{cellText(r[c.key], c.kind, i.locale)}</td>
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
          {i.t.admin.common.csv(props.table.title)}
        </a>
      </p>
    ) : null}
  </div>
  );
};
