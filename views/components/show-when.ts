const formats = new Map<string, Intl.DateTimeFormat>();

/** A show's start in its theater's zone, for people: "Wed, 2 Dec, 8:30 pm IST". */
export function showWhen(startsAt: string, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-IN', {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
      timeZoneName: 'short',
    });
    formats.set(timeZone, f);
  }
  return f.format(new Date(startsAt));
}
