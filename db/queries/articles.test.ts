import { describe, expect, it } from "vitest";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { makeArticle, makeAuthor, makeCategory, makeComment } from "@/lib/testing/fixtures";
import { getDb } from "@/db/client";
import { articleDailyViews, articleTags, tags } from "@/db/schema";
import { getLeadStory, listByAuthor, listByCategory, listByTag, listLatest, listMostViewed } from "./articles";
import { getPublicArticle } from "./article-page";

setUpTempDatabase();

const hour = 60 * 60 * 1000;
const now = new Date();

describe("what readers may see", () => {
  it("shows published articles and hides drafts, also from archives", () => {
    const category = makeCategory();
    const author = makeAuthor();
    const published = makeArticle({ categoryId: category.id, authorId: author.id });
    const draft = makeArticle({ status: "draft", publishedAt: null, categoryId: category.id, authorId: author.id });
    const draftWithDate = makeArticle({ status: "draft", publishedAt: new Date(now.getTime() - hour), categoryId: category.id, authorId: author.id });

    expect(getPublicArticle(published.slug, now)?.id).toBe(published.id);
    expect(getPublicArticle(draft.slug, now)).toBeUndefined();
    expect(getPublicArticle(draftWithDate.slug, now)).toBeUndefined();
    const ids = listByCategory(category.id, now, 1, 50).items.map((a) => a.id);
    expect(ids).toEqual([published.id]);
    expect(listByAuthor(author.id, now, 1, 50).items.map((a) => a.id)).toEqual([published.id]);
  });

  it("shows a scheduled article only once its time has come, with no job to run", () => {
    const at = new Date(now.getTime() + hour);
    const scheduled = makeArticle({ status: "scheduled", publishedAt: at });
    expect(getPublicArticle(scheduled.slug, now)).toBeUndefined();
    expect(listLatest(now, 1, 100).items.some((a) => a.id === scheduled.id)).toBe(false);
    const later = new Date(at.getTime() + 1000);
    expect(getPublicArticle(scheduled.slug, later)?.id).toBe(scheduled.id);
    expect(listLatest(later, 1, 100).items.some((a) => a.id === scheduled.id)).toBe(true);
  });
});

describe("listings", () => {
  it("orders the newest first and pages through them", () => {
    const category = makeCategory();
    const made = [3, 1, 2].map((h) => makeArticle({ categoryId: category.id, publishedAt: new Date(now.getTime() - h * hour) }));
    const first = listByCategory(category.id, now, 1, 2);
    expect(first.total).toBe(3);
    expect(first.pageCount).toBe(2);
    expect(first.items.map((a) => a.id)).toEqual([made[1].id, made[2].id]);
    expect(listByCategory(category.id, now, 2, 2).items.map((a) => a.id)).toEqual([made[0].id]);
    // A page past the end shows the last page rather than nothing.
    expect(listByCategory(category.id, now, 9, 2).page).toBe(2);
  });

  it("lists a tag's visible articles newest first, page by page", () => {
    const tag = getDb().insert(tags).values({ name: "Tides", slug: "tides" }).returning().get();
    const tagged = (options: Parameters<typeof makeArticle>[0]) => {
      const article = makeArticle(options);
      getDb().insert(articleTags).values({ articleId: article.id, tagId: tag.id }).run();
      return article;
    };
    const made = [3, 1, 2].map((h) => tagged({ publishedAt: new Date(now.getTime() - h * hour) }));
    tagged({ status: "draft", publishedAt: null });
    tagged({ status: "scheduled", publishedAt: new Date(now.getTime() + hour) });
    makeArticle();
    const first = listByTag(tag.id, now, 1, 2);
    expect(first).toMatchObject({ total: 3, pageCount: 2 });
    expect(first.items.map((a) => a.id)).toEqual([made[1].id, made[2].id]);
    expect(listByTag(tag.id, now, 2, 2).items.map((a) => a.id)).toEqual([made[0].id]);
  });

  it("counts approved comments only", () => {
    const category = makeCategory();
    const article = makeArticle({ categoryId: category.id });
    makeComment(article.id, "approved");
    makeComment(article.id, "approved");
    makeComment(article.id, "pending");
    makeComment(article.id, "spam");
    expect(listByCategory(category.id, now, 1, 10).items[0].commentCount).toBe(2);
    expect(getPublicArticle(article.slug, now)?.commentCount).toBe(2);
  });

  it("picks the newest lead story, else the newest article", () => {
    const lead = makeArticle({ isLead: true, publishedAt: new Date(now.getTime() - 50 * hour) });
    makeArticle({ publishedAt: new Date(now.getTime() - 1000) });
    makeArticle({ isLead: true, status: "draft", publishedAt: null });
    expect(getLeadStory(now)?.id).toBe(lead.id);
  });

  it("ranks most viewed by the views of the last days only", () => {
    const a = makeArticle();
    const b = makeArticle();
    const hidden = makeArticle({ status: "draft", publishedAt: null });
    getDb()
      .insert(articleDailyViews)
      .values([
        { articleId: a.id, day: "2026-01-10", views: 5 },
        { articleId: a.id, day: "2026-01-01", views: 500 },
        { articleId: b.id, day: "2026-01-09", views: 7 },
        { articleId: hidden.id, day: "2026-01-10", views: 900 },
      ])
      .run();
    const top = listMostViewed(now, "2026-01-04", 5);
    expect(top.map((t) => [t.id, t.recentViews])).toEqual([
      [b.id, 7],
      [a.id, 5],
    ]);
  });
});
