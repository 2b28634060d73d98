import { useI18n } from '../i18n/i18n.js';

export type DateOption = { date: string; top: string; bottom: string };

const parts = new Map<string, { weekday: Intl.DateTimeFormat; dayMonth: Intl.DateTimeFormat }>();
function formats(locale: string) {
  let f = parts.get(locale);
  if (!f) {
    f = {
      weekday: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' }),
      dayMonth: new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }),
    };
    parts.set(locale, f);
  }
  return f;
}

/** Today and the next six days as links (the strip always starts today); the picked day is marked. */
export const DateStrip = (props: {
  dates: DateOption[];
  selected: string;
  hrefFor: (date: string) => string;
  linkAttrs?: (href: string) => Record<string, string>;
}) => {
  const { t, locale } = useI18n();
  const f = formats(locale);
  return (
    <nav aria-label={t.search.dateNav} class="date-strip">
      <ul class="date-strip-list">
        {props.dates.map((d, i) => {
          const href = props.hrefFor(d.date);
          const day = new Date(`${d.date}T00:00:00Z`);
          return (
            <li>
              <a
                href={href}
                {...(props.linkAttrs?.(href) ?? {})}
                class="date-pill"
                aria-current={d.date === props.selected ? 'date' : undefined}
              >
                <span class="date-pill-top">{i === 0 ? t.common.today : i === 1 ? t.common.tomorrow : f.weekday.format(day)}</span>
                <time class="date-pill-bottom" datetime={d.date}>
                  {f.dayMonth.format(day)}
                </time>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
};

/** The label of the picked day: "Today", "Tomorrow" or the date, in the page's language. */
export function pickedDayLabel(i18n: { day: (date: string, fromToday?: number) => string }, dates: DateOption[], date: string): string {
  const index = dates.findIndex((d) => d.date === date);
  return i18n.day(date, index < 0 ? undefined : index);
}
