import { describe, expect, it } from "vitest";
import { displayStatus, listHref, parseListQuery, sortHref } from "./article-list";

describe("the article table's query string", () => {
  it("takes the order from the filter form's Sort by, unless the column headers' sort and dir say otherwise", () => {
    expect(parseListQuery({ order: "views-asc" })).toMatchObject({ sort: "views", dir: "asc" });
    expect(parseListQuery({ order: "title-desc", q: "x" })).toMatchObject({ sort: "title", dir: "desc", q: "x" });
    expect(parseListQuery({ order: "views-asc", sort: "title", dir: "desc" })).toMatchObject({ sort: "title", dir: "desc" });
    expect(parseListQuery({ order: "drop-table" })).toMatchObject({ sort: "updated", dir: "desc" });
    expect(parseListQuery({ order: "comments" })).toMatchObject({ sort: "comments", dir: "desc" });
  });

  it("falls back to defaults for unknown values", () => {
    expect(parseListQuery({ status: "bogus", sort: "drop table", dir: "up", page: "-3" })).toEqual({ status: null, q: "", sort: "updated", dir: "desc", page: 1 });
    expect(parseListQuery({ status: "scheduled", q: "  harbour ", sort: "title", page: "2" })).toEqual({ status: "scheduled", q: "harbour", sort: "title", dir: "asc", page: 2 });
  });

  it("keeps filter and search when sorting or paging, and restarts at page 1 on a new sort", () => {
    const query = parseListQuery({ status: "draft", q: "port & harbour", page: "3" });
    expect(listHref(query, { page: 4 })).toBe("/dashboard?status=draft&q=port+%26+harbour&page=4");
    expect(sortHref(query, "views")).toBe("/dashboard?status=draft&q=port+%26+harbour&sort=views&dir=desc");
    expect(sortHref({ ...query, sort: "views", dir: "desc" }, "views")).toContain("dir=asc");
    expect(listHref(parseListQuery({}))).toBe("/dashboard");
  });

  it("shows a scheduled article whose time has passed as published, and an unpublished draft as unpublished", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const past = new Date("2026-05-01T00:00:00Z");
    const future = new Date("2026-07-01T00:00:00Z");
    expect(displayStatus({ status: "scheduled", publishedAt: past, unpublishedAt: null }, now)).toBe("published");
    expect(displayStatus({ status: "scheduled", publishedAt: future, unpublishedAt: null }, now)).toBe("scheduled");
    expect(displayStatus({ status: "draft", publishedAt: past, unpublishedAt: past }, now)).toBe("unpublished");
    expect(displayStatus({ status: "draft", publishedAt: null, unpublishedAt: null }, now)).toBe("draft");
  });
});
