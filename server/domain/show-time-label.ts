/**
 * Building an `Intl.DateTimeFormat` costs far more than formatting with one (the profile of the
 * flash sale found these labels, made for every booking's messages, at ~3% of the server's CPU),
 * so each locale × zone × style is built once and kept.
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function format(kind: 'date' | 'time' | 'zone', locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${locale}|${timeZone}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      locale,
      kind === 'date'
        ? { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
        : kind === 'time'
          ? { timeZone, hour: 'numeric', minute: '2-digit', hour12: true }
          : { timeZone, timeZoneName: 'short' },
    );
    if (formats.size > 500) formats.clear();
    formats.set(key, f);
  }
  return f;
}

/**
 * "Wed, 2 Dec, 2026, 8:30 pm IST": a show's start on the theater's clock, with its zone, in the
 * reader's locale. Tickets, emails and SMS all print the time this way.
 */
export function showTimeText(startsAt: Date, timezone: string, locale = 'en-IN'): string {
  const date = format('date', locale, timezone).format(startsAt);
  return `${date}, ${clockText(startsAt, timezone, locale)}`;
}

/** "8:30 pm IST" */
export function clockText(startsAt: Date, timezone: string, locale = 'en-IN'): string {
  const time = format('time', locale, timezone).format(startsAt);
  const zone = format('zone', 'en-IN', timezone).formatToParts(startsAt).find((p) => p.type === 'timeZoneName')?.value;
  return zone ? `${time} ${zone}` : time;
}
