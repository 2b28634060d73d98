export type Stat = { label: string; value: string; note?: string };

/** A row of headline figures. */
export const StatCards = (props: { stats: Stat[]; label: string }) => (
  <ul class="stat-cards" aria-label={props.label}>
    {props.stats.map((s) => (
      <li class="stat-card">
        <span class="stat-label">{s.label}</span>
        <strong class="stat-value">{s.value}</strong>
        {s.note ? <span class="stat-note">{s.note}</span> : null}
      </li>
    ))}
  </ul>
);
