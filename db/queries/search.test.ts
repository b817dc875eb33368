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

const hour = 3_600_000;

/** Published articles with these texts, published `hoursAgo` before now, in one transaction. */
function addArticles(stories: { title?: string; excerpt?: string; bodyText: string; hoursAgo: number }[]): { id: number; publishedAt: Date }[] {
  const { categoryId, authorId } = makeArticle();
  return getDb().transaction((tx) =>
    stories.map((s) =>
      tx
        .insert(articles)
        .values({ slug: `bulk-${Math.random().toString(36).slice(2)}`, title: s.title ?? "Shore notes", excerpt: s.excerpt ?? "", bodyText: s.bodyText, categoryId, authorId, status: "published", publishedAt: new Date(now.getTime() - s.hoursAgo * hour) })
        .returning({ id: articles.id, publishedAt: articles.publishedAt })
        .get(),
    ),
  ) as { id: number; publishedAt: Date }[];
}

const newestFirst = (rows: { id: number; publishedAt: Date }[]) => [...rows].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id).map((r) => r.id);

/** Each page, in turn, of a search, as ids. */
function pages(query: string, perPage: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => searchArticles(query, now, i + 1, perPage).items.map((h) => h.id)).flat();
}

describe("searchArticles order", () => {
  it("puts matches with the word in the title first, then the others, newest first in each, across pages", () => {
    const [oftenMentioned, inExcerpt, inTitle] = addArticles([
      { bodyText: "marram marram marram marram marram marram marram marram", hoursAgo: 30 },
      { excerpt: "Marram holds the dunes.", bodyText: "", hoursAgo: 20 },
      { title: "Marram planted", bodyText: "", hoursAgo: 50 },
    ]);
    makeArticle({ status: "scheduled", publishedAt: new Date(now.getTime() + hour), title: "Marram survey" });
    // By bm25, the article naming marram eight times would come before the one naming it in its excerpt.
    expect(pages("marram", 2, 2)).toEqual([inTitle.id, inExcerpt.id, oftenMentioned.id]);
    expect(searchArticles("marram", now, 2, 2)).toMatchObject({ total: 3, pageCount: 2 });
  });

  it("puts first the titles that hold every searched word, not just one of them", () => {
    const [bothInTitle, oneInTitle, inText, bothInNewerTitle] = addArticles([
      { title: "Dune grass returns", bodyText: "", hoursAgo: 60 },
      { title: "Grass verges cut", bodyText: "Work stopped at the dune.", hoursAgo: 5 },
      { bodyText: "Dune grass was planted.", hoursAgo: 10 },
      { title: "Dune grass survey", bodyText: "", hoursAgo: 2 },
    ]);
    addArticles([{ title: "Dune walk", bodyText: "No plants.", hoursAgo: 1 }]);
    const expected = [bothInNewerTitle.id, bothInTitle.id, oneInTitle.id, inText.id];
    expect(searchArticles("dune grass", now, 1, 10)).toMatchObject({ total: 4 });
    // Pages of three and of one cross from the title matches to the others at every place.
    expect(pages("dune grass", 3, 2)).toEqual(expected);
    expect(pages("dune grass", 1, 4)).toEqual(expected);
  });

  // More than a thousand text matches, so they are not simply sorted: page 1 comes from checking the newest
  // articles, later pages from walking the date index; both must give the order a plain sort gives.
  const hoursAgo = (i: number) => 1 + ((i * 7919) % 1200);
  const sandpipers = addArticles(Array.from({ length: 1100 }, (_, i) => ({ bodyText: `A sandpiper on the mudflat, sighting ${i}.`, hoursAgo: hoursAgo(i) })));
  const scheduledSandpiper = makeArticle({ status: "scheduled", publishedAt: new Date(now.getTime() + hour) });
  write(scheduledSandpiper.id, { bodyText: "A sandpiper, to be announced." });

  it("walks a common word's text matches newest first, on early and late pages", () => {
    const expected = newestFirst(sandpipers);
    expect(searchArticles("sandpiper", now, 1, 10)).toMatchObject({ total: 1100, pageCount: 110 });
    expect(pages("sandpiper", 10, 4)).toEqual(expected.slice(0, 40));
    expect(searchArticles("sandpiper", now, 57, 10).items.map((h) => h.id)).toEqual(expected.slice(560, 570));
    expect(searchArticles("sandpiper", now, 110, 10).items.map((h) => h.id)).toEqual(expected.slice(1090));
  });

  it("finds a common word's matches when the newest articles do not mention it", () => {
    const godwits = addArticles(Array.from({ length: 1100 }, (_, i) => ({ bodyText: `A godwit feeding, sighting ${i}.`, hoursAgo: 2000 + hoursAgo(i) })));
    const titled = addArticles(Array.from({ length: 1100 }, (_, i) => ({ title: `Godwit count ${i}`, bodyText: "", hoursAgo: 4000 + hoursAgo(i) })));
    addArticles(Array.from({ length: 200 }, (_, i) => ({ bodyText: "Only gulls today.", hoursAgo: 1500 + i })));
    expect(pages("godwit", 10, 2)).toEqual(newestFirst(titled).slice(0, 20));
    expect(searchArticles("godwit", now, 111, 10).items.map((h) => h.id)).toEqual(newestFirst(godwits).slice(0, 10));
  });

  it("checks the newest articles for a word most of them hold in the title", () => {
    const plovers = addArticles(Array.from({ length: 5000 }, (_, i) => ({ title: `Plover nest ${i}`, bodyText: "", hoursAgo: hoursAgo(i) / 1000 })));
    expect(pages("plover", 10, 3)).toEqual(newestFirst(plovers).slice(0, 30));
  });
});
