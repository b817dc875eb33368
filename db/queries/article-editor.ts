import "server-only";
import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { articleDailyViews, articleRevisions, articles, articleViewTotals, authors, categories, images } from "@/db/schema";
import { approvedCommentCount, tagsOfArticle } from "./articles";

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

const heroImages = alias(images, "hero_images");
const avatarImages = alias(images, "avatar_images");

/** The article page's data for staff preview: the same shape as getPublicArticle, but for any status. */
export function getArticleForPreview(id: number) {
  const row = getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      excerpt: articles.excerpt,
      bodyHtml: articles.bodyHtml,
      bodyText: articles.bodyText,
      categoryId: articles.categoryId,
      status: articles.status,
      publishedAt: articles.publishedAt,
      unpublishedAt: articles.unpublishedAt,
      updatedAt: articles.updatedAt,
      sourceUrl: articles.sourceUrl,
      commentsClosed: articles.commentsClosed,
      hero: { id: heroImages.id, width: heroImages.width, height: heroImages.height },
      heroCaption: articles.heroCaption,
      heroAlt: articles.heroAlt,
      category: { name: categories.name, slug: categories.slug },
      author: { name: authors.name, slug: authors.slug, bio: authors.bio, publicEmail: authors.publicEmail },
      avatar: { id: avatarImages.id, width: avatarImages.width, height: avatarImages.height },
      views: sql<number>`coalesce(${articleViewTotals.views}, 0)`.mapWith(Number),
      commentCount: approvedCommentCount,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(heroImages, eq(heroImages.id, articles.heroImageId))
    .leftJoin(avatarImages, eq(avatarImages.id, authors.avatarImageId))
    .leftJoin(articleViewTotals, eq(articleViewTotals.articleId, articles.id))
    .where(eq(articles.id, id))
    .get();
  if (!row) return undefined;
  return { ...row, tags: tagsOfArticle(row.id) };
}
