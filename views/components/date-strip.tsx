export type DateOption = { date: string; top: string; bottom: string };

/** Today and the next six days as links; the picked day is marked. */
export const DateStrip = (props: {
  dates: DateOption[];
  selected: string;
  hrefFor: (date: string) => string;
  linkAttrs?: (href: string) => Record<string, string>;
}) => (
  <nav aria-label="Date" class="date-strip">
    <ul class="date-strip-list">
      {props.dates.map((d) => {
        const href = props.hrefFor(d.date);
        return (
          <li>
            <a
              href={href}
              {...(props.linkAttrs?.(href) ?? {})}
              class="date-pill"
              aria-current={d.date === props.selected ? 'date' : undefined}
            >
              <span class="date-pill-top">{d.top}</span>
              <time class="date-pill-bottom" datetime={d.date}>
                {d.bottom}
              </time>
            </a>
          </li>
        );
      })}
    </ul>
  </nav>
);
