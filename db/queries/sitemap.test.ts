import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articles, articleTags, sitePages, tags } from "@/db/schema";
import { makeArticle, makeAuthor, makeCategory, makeSitePage } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { sitemapArticles, sitemapPages } from "./sitemap";

setUpTempDatabase();

const hour = 60 * 60 * 1000;
const now = new Date();

describe("sitemap last-modified times", () => {
  it("date a scheduled article and every page listing it from when it went live, not from its earlier last edit", () => {
    const category = makeCategory();
    const author = makeAuthor();
    const liveAt = new Date(now.getTime() - hour);
    const scheduled = makeArticle({ categoryId: category.id, authorId: author.id, status: "scheduled", publishedAt: liveAt });
    getDb().update(articles).set({ updatedAt: new Date(liveAt.getTime() - 72 * hour) }).where(eq(articles.id, scheduled.id)).run();
    const tag = getDb().insert(tags).values({ name: "Ferries", slug: "ferries" }).returning().get();
    getDb().insert(articleTags).values({ articleId: scheduled.id, tagId: tag.id }).run();

    const lastModified = new Map([...sitemapPages(now), ...sitemapArticles(now, 0, 100)].map((e) => [e.path, e.lastModified]));
    for (const path of ["/", `/category/${category.slug}`, `/author/${author.slug}`, "/tag/ferries", `/articles/${scheduled.slug}`]) {
      expect(lastModified.get(path), path).toEqual(liveAt);
    }
  });

  it("list the site's own published pages, each dated by its last edit", () => {
    const edited = new Date(now.getTime() - 5 * hour);
    const page = makeSitePage("Contact");
    getDb().update(sitePages).set({ updatedAt: edited }).where(eq(sitePages.id, page.id)).run();
    const draft = makeSitePage("Masthead");
    getDb().update(sitePages).set({ published: false }).where(eq(sitePages.id, draft.id)).run();
    const entries = sitemapPages(now);
    expect(entries.find((e) => e.path === `/${page.slug}`)).toEqual({ path: `/${page.slug}`, lastModified: edited });
    expect(entries.some((e) => e.path === "/about")).toBe(true);
    expect(entries.some((e) => e.path === `/${draft.slug}`)).toBe(false);
  });
});
