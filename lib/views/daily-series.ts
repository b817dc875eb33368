import { shiftDay } from "@/lib/dates";

export type DayViews = { day: string; views: number };

/** `days` consecutive day keys ending with `today`, oldest first, with 0 for days no view was counted on. */
export function dailySeries(rows: DayViews[], today: string, days: number): DayViews[] {
  const byDay = new Map(rows.map((r) => [r.day, r.views]));
  return Array.from({ length: days }, (_, i) => {
    const day = shiftDay(today, days - 1 - i);
    return { day, views: byDay.get(day) ?? 0 };
  });
}
