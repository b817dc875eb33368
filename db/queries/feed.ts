import "server-only";
import { and, desc, eq, inArray, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTags, authors, categories, images, tags } from "@/db/schema";
import { visibleToReaders } from "./visibility";
import { articleSummary } from "./summary";

export type FeedScope = { kind: "site" } | { kind: "category" | "tag" | "author"; id: number };

export type FeedArticle = {
  id: number;
  slug: string;
  title: string;
  /** The excerpt, or the start of the body when it has none (db/queries/summary.ts). */
  summary: string;
  bodyHtml: string;
  publishedAt: Date;
  updatedAt: Date;
  authorName: string;
  authorEmail: string | null;
  categoryName: string;
  tags: string[];
  /** The hero picture, as stored (its size is the original's), with its text alternative and caption. */
  hero: { id: string; width: number; height: number; alt: string; caption: string } | null;
  /** Where a syndicated piece first appeared. */
  sourceUrl: string | null;
};

function scopeCondition(scope: FeedScope): SQL | undefined {
  switch (scope.kind) {
    case "site":
      return undefined;
    case "category":
      return eq(articles.categoryId, scope.id);
    case "author":
      return eq(articles.authorId, scope.id);
    case "tag":
      return inArray(articles.id, getDb().select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, scope.id)));
  }
}

/** The newest published articles of a feed, with full content and their tags (one query for all the tags). */
export function feedArticles(scope: FeedScope, now: Date, limit: number): FeedArticle[] {
  const db = getDb();
  const rows = db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      summary: articleSummary,
      bodyHtml: articles.bodyHtml,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      authorName: authors.name,
      authorEmail: authors.publicEmail,
      categoryName: categories.name,
      heroId: images.id,
      heroWidth: images.width,
      heroHeight: images.height,
      heroAlt: articles.heroAlt,
      heroCaption: articles.heroCaption,
      sourceUrl: articles.sourceUrl,
    })
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(images, eq(images.id, articles.heroImageId))
    .where(and(visibleToReaders(now), scopeCondition(scope)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all();
  const tagRows = rows.length
    ? db.select({ articleId: articleTags.articleId, name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(inArray(articleTags.articleId, rows.map((r) => r.id))).all()
    : [];
  return rows.map(({ heroId, heroWidth, heroHeight, heroAlt, heroCaption, ...r }) => ({
    ...r,
    publishedAt: r.publishedAt!,
    tags: tagRows.filter((t) => t.articleId === r.id).map((t) => t.name),
    hero: heroId && heroWidth && heroHeight ? { id: heroId, width: heroWidth, height: heroHeight, alt: heroAlt, caption: heroCaption } : null,
  }));
}
