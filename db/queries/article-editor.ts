import "server-only";
import { and, asc, desc, eq, gte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleDailyViews, articleRevisions, articles, authors } from "@/db/schema";
import { loadArticlePage } from "./article-page";
import { tagsOfArticle } from "./articles";

/** The stored article as the editor opens it, whatever its status; undefined for an unknown id. */
export function getArticleForEditor(id: number) {
  const row = getDb().select().from(articles).where(eq(articles.id, id)).get();
  if (!row) return undefined;
  return { ...row, tagNames: tagsOfArticle(id).map((t) => t.name) };
}

export type EditorArticle = NonNullable<ReturnType<typeof getArticleForEditor>>;

/** Every saved revision, newest first, with who saved it. */
export function listRevisions(articleId: number) {
  return getDb()
    .select({ id: articleRevisions.id, revision: articleRevisions.revision, savedAt: articleRevisions.savedAt, savedBy: authors.name })
    .from(articleRevisions)
    .leftJoin(authors, eq(authors.id, articleRevisions.savedById))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.revision))
    .all();
}

/** One revision of this article (the id alone could name another article's). */
export function getRevision(articleId: number, revisionId: number) {
  return getDb()
    .select({ id: articleRevisions.id, savedAt: articleRevisions.savedAt, fields: articleRevisions.fields })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)))
    .get();
}

/** Views per day key since `fromDay` (inclusive), oldest first; days without views have no row. */
export function dailyViewsSince(articleId: number, fromDay: string) {
  return getDb()
    .select({ day: articleDailyViews.day, views: articleDailyViews.views })
    .from(articleDailyViews)
    .where(and(eq(articleDailyViews.articleId, articleId), gte(articleDailyViews.day, fromDay)))
    .orderBy(asc(articleDailyViews.day))
    .all();
}

/** The article page's data for staff preview: the same shape as getPublicArticle, but for any status. */
export function getArticleForPreview(id: number) {
  return loadArticlePage(eq(articles.id, id));
}
