import { describe, expect, it } from "vitest";
import { dayKey, formatDateTime, shiftDay, toWallClock, wallClockToDate } from "./dates";

describe("wallClockToDate", () => {
  it("reads a wall-clock time in the site time zone", () => {
    expect(wallClockToDate("2026-07-01T09:30", "UTC")?.toISOString()).toBe("2026-07-01T09:30:00.000Z");
    expect(wallClockToDate("2026-07-01T09:30", "Europe/London")?.toISOString()).toBe("2026-07-01T08:30:00.000Z");
    expect(wallClockToDate("2026-01-15T09:30", "Europe/London")?.toISOString()).toBe("2026-01-15T09:30:00.000Z");
    expect(wallClockToDate("2026-01-15T09:30", "America/New_York")?.toISOString()).toBe("2026-01-15T14:30:00.000Z");
    expect(wallClockToDate("2026-01-15T09:30", "Asia/Kolkata")?.toISOString()).toBe("2026-01-15T04:00:00.000Z");
  });

  it("is right on both sides of the spring-forward change in Europe/London", () => {
    // Clocks go from 01:00 GMT to 02:00 BST on 29 March 2026.
    expect(wallClockToDate("2026-03-29T00:59", "Europe/London")?.toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(wallClockToDate("2026-03-29T02:00", "Europe/London")?.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(wallClockToDate("2026-03-29T12:00", "Europe/London")?.toISOString()).toBe("2026-03-29T11:00:00.000Z");
  });

  it("moves a time skipped by the spring-forward gap forward by the gap", () => {
    // 01:30 does not exist in London that night; it is read as 02:30 BST.
    expect(wallClockToDate("2026-03-29T01:30", "Europe/London")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("takes the earlier of a time that occurs twice when the clocks go back", () => {
    // On 25 October 2026 01:30 happens in BST (00:30 UTC) and again in GMT (01:30 UTC).
    expect(wallClockToDate("2026-10-25T01:30", "Europe/London")?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(wallClockToDate("2026-10-25T02:30", "Europe/London")?.toISOString()).toBe("2026-10-25T02:30:00.000Z");
  });

  it("refuses text that names no time", () => {
    for (const bad of ["", "2026-02-31T10:00", "2026-01-01 10:00", "2026-01-01T24:00", "2026-01-01T10:60", "tomorrow"]) {
      expect(wallClockToDate(bad, "UTC")).toBeNull();
    }
  });

  it("round-trips with toWallClock", () => {
    for (const value of ["2026-03-29T03:15", "2026-10-25T00:10", "2026-12-31T23:59"]) {
      const date = wallClockToDate(value, "Europe/London")!;
      expect(toWallClock(date, "Europe/London")).toBe(value);
    }
  });
});

describe("day keys and formatting", () => {
  it("files a moment under the day in the zone and shifts days across month ends", () => {
    expect(dayKey(new Date("2026-03-01T23:30:00Z"), "Asia/Tokyo")).toBe("2026-03-02");
    expect(shiftDay("2026-03-01", 1)).toBe("2026-02-28");
  });

  it("turns the day at midnight in the zone, also in a zone half an hour off the hour, and keeps zones apart", () => {
    // St John's is 3:30 behind UTC in November: its midnight is 03:30 UTC. The key of a moment is kept for its minute.
    expect(dayKey(new Date("2026-11-27T03:29:59.999Z"), "America/St_Johns")).toBe("2026-11-26");
    expect(dayKey(new Date("2026-11-27T03:30:00.000Z"), "America/St_Johns")).toBe("2026-11-27");
    expect(dayKey(new Date("2026-11-27T03:30:00.000Z"), "UTC")).toBe("2026-11-27");
    expect(dayKey(new Date("2026-11-27T03:30:30.000Z"), "Pacific/Pago_Pago")).toBe("2026-11-26");
    expect(dayKey(new Date("2026-11-27T03:30:59.999Z"), "America/St_Johns")).toBe("2026-11-27");
  });

  it("formats a moment with its time of day in the zone", () => {
    expect(formatDateTime(new Date("2026-07-01T08:05:00Z"), "Europe/London")).toBe("July 1st, 2026, 09:05");
  });
});
