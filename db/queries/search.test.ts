import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { makeArticle } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { matchEnd, matchStart } from "@/lib/search/query";
import { searchArticles } from "./search";

setUpTempDatabase();
const now = new Date();

function write(id: number, fields: { title?: string; excerpt?: string; bodyText?: string }) {
  getDb().update(articles).set(fields).where(eq(articles.id, id)).run();
}

const titled = makeArticle({ title: "Lighthouse keepers return" });
const bodied = makeArticle();
write(bodied.id, { bodyText: "The old lighthouse on the point was repainted by volunteers." });
const draft = makeArticle({ status: "draft", publishedAt: null, title: "Secret lighthouse plan" });
write(draft.id, { bodyText: "embargoed zanzibarword" });
const scheduled = makeArticle({ status: "scheduled", publishedAt: new Date(Date.now() + 3_600_000) });
write(scheduled.id, { bodyText: "future quokkaword" });

describe("searchArticles", () => {
  it("ranks a title match above a body match and marks the matched words", () => {
    const result = searchArticles("lighthouse", now, 1, 10);
    expect(result.items.map((h) => h.id)).toEqual([titled.id, bodied.id]);
    expect(result.total).toBe(2);
    expect(result.items[0].title).toBe(`${matchStart}Lighthouse${matchEnd} keepers return`);
    expect(result.items[1].snippet).toContain(`${matchStart}lighthouse${matchEnd}`);
  });

  it("never finds drafts or scheduled articles, nor their words", () => {
    expect(searchArticles("secret", now, 1, 10).total).toBe(0);
    expect(searchArticles("zanzibarword", now, 1, 10).total).toBe(0);
    expect(searchArticles("quokkaword", now, 1, 10).total).toBe(0);
    expect(searchArticles("quokkaword", new Date(Date.now() + 7_200_000), 1, 10).total).toBe(1);
  });

  it("follows edits to the title, excerpt and body", () => {
    const article = makeArticle({ title: "Ferry timetable" });
    expect(searchArticles("ferry", now, 1, 10).total).toBe(1);
    write(article.id, { title: "Bus timetable" });
    expect(searchArticles("ferry", now, 1, 10).total).toBe(0);
    write(article.id, { excerpt: "The ferry returns." });
    expect(searchArticles("ferry", now, 1, 10).total).toBe(1);
    getDb().delete(articles).where(eq(articles.id, article.id)).run();
    expect(searchArticles("ferry", now, 1, 10).total).toBe(0);
  });

  it("pages through results", () => {
    for (let i = 0; i < 5; i++) makeArticle({ title: `Tide report ${i}` });
    const first = searchArticles("tide", now, 1, 2);
    expect(first).toMatchObject({ total: 5, page: 1, pageCount: 3 });
    const last = searchArticles("tide", now, 3, 2);
    expect(last.items).toHaveLength(1);
  });

  const hostile = [
    '"',
    '""',
    '"lighthouse',
    "lighthouse)",
    "((lighthouse",
    "*",
    "lighthouse*",
    "light AND house OR",
    "NOT",
    "NEAR(lighthouse keepers, 2)",
    "title:lighthouse",
    "{title}: x",
    "lighthouse^2",
    "🏠💡",
    "lighthouse 🏠",
    "'; DROP TABLE articles; --",
    "\u0000\u0001\u0002",
    "a".repeat(2000),
    "lighthouse ".repeat(200),
    "\\",
    "%_%",
  ];
  it.each(hostile.map((q) => [q.length > 40 ? `${q.slice(0, 40)}… (${q.length} chars)` : q, q]))("answers %j without an error", (_, q) => {
    const result = searchArticles(q, now, 1, 10);
    expect(result.total).toBeGreaterThanOrEqual(0);
    expect(result.items.every((h) => h.id !== draft.id && h.id !== scheduled.id)).toBe(true);
  });

  it("still finds by the words inside hostile input", () => {
    expect(searchArticles('"lighthouse', now, 1, 10).total).toBe(2);
    expect(searchArticles("((lighthouse*", now, 1, 10).total).toBe(2);
  });
});
