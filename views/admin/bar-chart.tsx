export type Bar = { label: string; value: number; /** The value for people: "₹1,628", "42.5%". */ text: string };

const W = 640;
const H = 240;
const LEFT = 64;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 30;

/** 1, 2 or 5 times a power of ten, at least `v`: a round top for the axis. */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].find((m) => m * p >= v) ?? 10) * p;
}

/**
 * A bar chart drawn on the server as SVG: no script, no external library. It is an image with a
 * title and a one-sentence summary for screen readers; the numbers themselves are in the table
 * printed beside it. Colours come from classes (admin.css), never style attributes.
 */
export const BarChart = (props: { id: string; title: string; summary: string; bars: Bar[]; axis: (v: number) => string; /** The least the axis shows (100 for percentages). */ minTop?: number; maxTop?: number }) => {
  const highest = Math.max(props.minTop ?? 1, ...props.bars.map((b) => b.value));
  const top = props.maxTop !== undefined && highest <= props.maxTop ? props.maxTop : niceMax(highest);
  const plotW = W - LEFT - RIGHT;
  const plotH = H - TOP - BOTTOM;
  const n = Math.max(1, props.bars.length);
  const slot = plotW / n;
  const barW = Math.max(1, slot * 0.75);
  // As many labels as fit side by side (about 6.5 px a character at 12 px).
  const longest = Math.max(1, ...props.bars.map((b) => b.label.length));
  const fit = Math.max(1, Math.floor(plotW / (longest * 6.5 + 8)));
  const every = Math.ceil(n / fit);
  const y = (v: number) => TOP + plotH - (Math.max(0, v) / top) * plotH;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${props.id}-title ${props.id}-desc`} class="chart-svg" preserveAspectRatio="xMidYMid meet">
        <title id={`${props.id}-title`}>{props.title}</title>
        <desc id={`${props.id}-desc`}>{props.summary}</desc>
        {[0, 0.5, 1].map((f) => (
          <g class="chart-grid">
            <line x1={LEFT} x2={W - RIGHT} y1={y(top * f)} y2={y(top * f)} />
            <text x={LEFT - 6} y={y(top * f) + 4} text-anchor="end">
              {props.axis(top * f)}
            </text>
          </g>
        ))}
        {props.bars.map((b, i) => (
          <rect class="chart-bar" x={LEFT + i * slot + (slot - barW) / 2} y={y(b.value)} width={barW} height={Math.max(0, TOP + plotH - y(b.value))}>
            <title>{`${b.label}: ${b.text}`}</title>
          </rect>
        ))}
        {props.bars.map((b, i) =>
          i % every === 0 ? (
            <text class="chart-label" x={LEFT + i * slot + slot / 2} y={H - 10} text-anchor="middle">
              {b.label}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
};
