import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { articles, articleSlugRedirects } from "@/db/schema";
import { makeArticle } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { movedOrGone } from "./moved-articles";

setUpTempDatabase();
const now = new Date();

describe("movedOrGone", () => {
  it("sends an old slug to the current one while the article is published", () => {
    const article = makeArticle();
    getDb().insert(articleSlugRedirects).values({ oldSlug: "old-name", articleId: article.id }).run();
    expect(movedOrGone("old-name", now)).toEqual({ movedTo: article.slug });
  });

  it("says gone for the current and the old slugs of an unpublished article", () => {
    const article = makeArticle();
    getDb().insert(articleSlugRedirects).values({ oldSlug: "older-name", articleId: article.id }).run();
    getDb().update(articles).set({ status: "draft", unpublishedAt: now }).where(eq(articles.id, article.id)).run();
    expect(movedOrGone(article.slug, now)).toEqual({ gone: true });
    expect(movedOrGone("older-name", now)).toEqual({ gone: true });
  });

  it("knows nothing of a draft that was never published, or of an unknown slug", () => {
    const draft = makeArticle({ status: "draft", publishedAt: null });
    getDb().insert(articleSlugRedirects).values({ oldSlug: "draft-old", articleId: draft.id }).run();
    expect(movedOrGone(draft.slug, now)).toBeUndefined();
    expect(movedOrGone("draft-old", now)).toBeUndefined();
    expect(movedOrGone("never-existed", now)).toBeUndefined();
  });
});
