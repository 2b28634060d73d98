/**
 * "Wed, 2 Dec, 2026, 8:30 pm IST": a show's start on the theater's clock, with its zone, in the
 * reader's locale. Tickets, emails and SMS all print the time this way.
 */
export function showTimeText(startsAt: Date, timezone: string, locale = 'en-IN'): string {
  const date = new Intl.DateTimeFormat(locale, { timeZone: timezone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(startsAt);
  return `${date}, ${clockText(startsAt, timezone, locale)}`;
}

/** "8:30 pm IST" */
export function clockText(startsAt: Date, timezone: string, locale = 'en-IN'): string {
  const time = new Intl.DateTimeFormat(locale, { timeZone: timezone, hour: 'numeric', minute: '2-digit', hour12: true }).format(startsAt);
  const zone = new Intl.DateTimeFormat('en-IN', { timeZone: timezone, timeZoneName: 'short' }).formatToParts(startsAt).find((p) => p.type === 'timeZoneName')?.value;
  return zone ? `${time} ${zone}` : time;
}
