/** Links to the same page over 7, 30 or 90 days (no script needed). */
export const PeriodPicker = (props: { days: number; href: (days: number) => string }) => (
  <nav class="period-picker" aria-label="Period">
    <ul>
      {[7, 30, 90].map((d) => (
        <li>
          <a href={props.href(d)} aria-current={d === props.days ? 'true' : undefined}>
            Last {d} days
          </a>
        </li>
      ))}
    </ul>
  </nav>
);
