import { describe, expect, it } from "vitest";
import { dailySeries } from "./daily-series";

describe("dailySeries", () => {
  it("fills the days without views with 0, oldest first, across a month end", () => {
    const series = dailySeries([{ day: "2026-03-01", views: 4 }, { day: "2026-02-27", views: 2 }, { day: "2026-01-01", views: 99 }], "2026-03-01", 4);
    expect(series).toEqual([
      { day: "2026-02-26", views: 0 },
      { day: "2026-02-27", views: 2 },
      { day: "2026-02-28", views: 0 },
      { day: "2026-03-01", views: 4 },
    ]);
  });
});
