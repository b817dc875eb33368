/** Dates as readers see them, always in the site's time zone. */

function ordinal(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  return `${day}${{ 1: "st", 2: "nd", 3: "rd" }[day % 10] ?? "th"}`;
}

// Making an Intl.DateTimeFormat costs about a hundred times more than using one (it loads time zone and locale data),
// and the view counter asks for a day key with every view: each formatter is made once per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: "parts" | "day", timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let made = formatters.get(key);
  if (!made) {
    made =
      kind === "parts"
        ? new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
        : new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(key, made);
  }
  return made;
}

function parts(date: Date, timeZone: string): Record<string, string> {
  return Object.fromEntries(formatter("parts", timeZone).formatToParts(date).map((p) => [p.type, p.value]));
}

/** "September 2nd, 2019" */
export function formatLongDate(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.month} ${ordinal(Number(p.day))}, ${p.year}`;
}

const minuteMs = 60_000;
// The view counter asks for the day of every view it counts, and formatting one costs more than the rest of counting
// it: the last answer holds for the rest of its minute, since every time zone in use changes day on a whole minute.
let lastDayKey = { minute: NaN, timeZone: "", key: "" };

/** "2019-09-02": the calendar day in the site time zone, used for the per-day view buckets. */
export function dayKey(date: Date, timeZone: string): string {
  const minute = Math.floor(date.getTime() / minuteMs);
  if (minute !== lastDayKey.minute || timeZone !== lastDayKey.timeZone) {
    lastDayKey = { minute, timeZone, key: formatter("day", timeZone).format(date) };
  }
  return lastDayKey.key;
}

/** The day key `days` calendar days before `key`. */
export function shiftDay(key: string, days: number): string {
  const d = new Date(`${key}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

const wallClockPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** How far the zone's wall clock is ahead of UTC at instant `ms`, in milliseconds. */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(ms))
      .map((x) => [x.type, x.value]),
  );
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a "YYYY-MM-DDTHH:mm" wall-clock time (a datetime-local value) names in `timeZone`, or null when
 * the text is no such time. Across DST changes it behaves like Temporal's "compatible": a time skipped by the
 * spring-forward gap moves forward by the gap, and a time that occurs twice in autumn means the earlier one.
 */
export function wallClockToDate(value: string, timeZone: string): Date | null {
  const m = wallClockPattern.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  // Date.UTC rolls 31 February over into March; such a value names no day.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The offsets a day before and after bracket any single DST change around this time.
  const before = zoneOffsetMs(wall - 86_400_000, timeZone);
  const after = zoneOffsetMs(wall + 86_400_000, timeZone);
  const matching = [wall - before, wall - after].filter((ms) => ms + zoneOffsetMs(ms, timeZone) === wall);
  if (matching.length > 0) return new Date(Math.min(...matching));
  // In the gap: read the time with the offset from before the change, which lands after it.
  return new Date(wall - before);
}

/** The "YYYY-MM-DDTHH:mm" wall-clock time of `date` in `timeZone`, for a datetime-local input. */
export function toWallClock(date: Date, timeZone: string): string {
  return new Date(date.getTime() + zoneOffsetMs(date.getTime(), timeZone)).toISOString().slice(0, 16);
}

/** "September 2nd, 2019, 14:05": a moment for the newsroom, in the site time zone. */
export function formatDateTime(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${formatLongDate(date, timeZone)}, ${p.hour}:${p.minute}`;
}

/** "14:05": the time of day in the site time zone, 24-hour clock. */
export function formatTime(date: Date, timeZone: string): string {
  const p = parts(date, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** The instant a calendar day ("2019-09-02") begins in the time zone: a date filter's "from" day in site time. */
export function startOfDay(key: string, timeZone: string): Date {
  return wallClockToDate(`${key}T00:00`, timeZone)!;
}
