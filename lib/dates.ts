/** Dates as readers see them, always in the site's time zone. */

function ordinal(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${{ 1: "st", 2: "nd", 3: "rd" }[day % 10] ?? "th"}`;
}

function parts(date: Date, timeZone: string): Record<string, string> {
  const formatter = new Intl.DateTimeFormat("en-US", {
    timeZone,
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return Object.fromEntries(formatter.formatToParts(date).map((p) => [p.type, p.value]));
}

/** "September 2nd, 2019" */
export function formatLongDate(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.month} ${ordinal(Number(p.day))}, ${p.year}`;
}

/** "2019-09-02": the calendar day in the site time zone, used for the per-day view buckets. */
export function dayKey(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** The day key `days` calendar days before `key`. */
export function shiftDay(key: string, days: number): string {
  const d = new Date(`${key}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** "14:05": the time of day in the site time zone, 24-hour clock. */
export function formatTime(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** "September 2nd, 2019 at 14:05", for the dashboard's lists. */
export function formatDateTime(date: Date, timeZone: string): string {
  return `${formatLongDate(date, timeZone)} at ${formatTime(date, timeZone)}`;
}

/** How far the time zone's wall clock is ahead of UTC at `at`, in milliseconds. */
function zoneOffsetMs(at: Date, timeZone: string): number {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant a calendar day ("2019-09-02") begins in the time zone: a date filter's "from" day in site time. */
export function startOfDay(key: string, timeZone: string): Date {
  const [year, month, day] = key.split("-").map(Number);
  const wallMidnight = Date.UTC(year, month - 1, day);
  // The offset at a guess, then again at the corrected instant: days on which the clocks change need the second look.
  const guess = wallMidnight - zoneOffsetMs(new Date(wallMidnight), timeZone);
  return new Date(wallMidnight - zoneOffsetMs(new Date(guess), timeZone));
}
