import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articles } from "@/db/schema";
import { makeArticle } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { articleMetadata } from "@/lib/seo/article-metadata";
import { getPublicArticle } from "./article-page";
import { summaries } from "./articles";
import { feedArticles } from "./feed";

setUpTempDatabase();

const body = "The harbour board met on Tuesday\nand agreed the dredging plan. ".repeat(8).trim();

function articleWith(excerpt: string) {
  const article = makeArticle();
  getDb().update(articles).set({ excerpt, bodyText: body }).where(eq(articles.id, article.id)).run();
  return article;
}

const summaryOf = (id: number) => summaries(eq(articles.id, id), 1, 0)[0].summary;

describe("an article's summary", () => {
  it("is its excerpt when it has one", () => {
    const article = articleWith("The board agreed the dredging plan.");
    expect(summaryOf(article.id)).toBe("The board agreed the dredging plan.");
  });

  it("is the start of its body, cut at a word, when the excerpt was left empty: on cards, in feeds and as the page's description", () => {
    const article = articleWith("");
    const expected = summaryOf(article.id);
    expect(expected.startsWith("The harbour board met on Tuesday and agreed the dredging plan. The harbour")).toBe(true);
    expect(expected.endsWith("…")).toBe(true);
    expect(Array.from(expected).length).toBeLessThanOrEqual(160);
    expect(body.replace(/\s+/g, " ").startsWith(expected.slice(0, -1))).toBe(true);

    const feedEntry = feedArticles({ kind: "site" }, new Date(), 500).find((a) => a.id === article.id);
    expect(feedEntry?.summary).toBe(expected);
    const metadata = articleMetadata(getPublicArticle(article.slug, new Date())!);
    expect(metadata.description).toBe(expected);
    expect(metadata.openGraph?.description).toBe(expected);
  });
});
