import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { getDb } from "@/db/client";
import { articles, articleViewTotals, authors, categories, images } from "@/db/schema";
import { approvedCommentCount, tagsOfArticle } from "./articles";
import { visibleToReaders } from "./visibility";
import { articleSummary } from "./summary";

const heroImages = alias(images, "hero_images");
const avatarImages = alias(images, "avatar_images");

/** The article page's data for the one article `where` picks, whatever its status: shared by readers' page and the staff preview. */
export function loadArticlePage(where: SQL) {
  const row = getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      summary: articleSummary,
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
    .where(where)
    .get();
  return row ? { ...row, tags: tagsOfArticle(row.id) } : undefined;
}

/** Everything an article page shows, or undefined when readers may not see it. */
export function getPublicArticle(slug: string, now: Date) {
  const row = loadArticlePage(and(eq(articles.slug, slug), visibleToReaders(now))!);
  return row ? { ...row, publishedAt: row.publishedAt! } : undefined;
}

export type PublicArticle = NonNullable<ReturnType<typeof getPublicArticle>>;
