import { describe, expect, it } from "vitest";
import { lastChanged, latestChange } from "./last-changed";

const at = (iso: string) => new Date(iso);

describe("lastChanged", () => {
  it("is the last edit of an article edited after it went live", () => {
    expect(lastChanged({ publishedAt: at("2026-03-02T10:00:00Z"), updatedAt: at("2026-03-03T08:00:00Z") })).toEqual(at("2026-03-03T08:00:00Z"));
  });

  it("is the publish time of a scheduled article last edited before it went live", () => {
    expect(lastChanged({ publishedAt: at("2026-03-05T06:00:00Z"), updatedAt: at("2026-03-01T17:00:00Z") })).toEqual(at("2026-03-05T06:00:00Z"));
  });
});

describe("latestChange", () => {
  it("is the latest change of any article, counting publish times", () => {
    const edited = { publishedAt: at("2026-03-02T10:00:00Z"), updatedAt: at("2026-03-03T08:00:00Z") };
    const scheduled = { publishedAt: at("2026-03-05T06:00:00Z"), updatedAt: at("2026-03-01T17:00:00Z") };
    expect(latestChange([edited, scheduled])).toEqual(at("2026-03-05T06:00:00Z"));
  });

  it("is undefined without articles", () => {
    expect(latestChange([])).toBeUndefined();
  });
});
