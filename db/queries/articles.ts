import "server-only";
import { and, count, desc, eq, gte, inArray, ne, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleDailyViews, articles, articleTags, articleViewTotals, authors, categories, images, tags } from "@/db/schema";
import { visibleToReaders } from "./visibility";
import { articleSummary } from "./summary";

export const approvedCommentCount = sql<number>`(select count(*) from comments where comments.article_id = ${articles.id} and comments.status = 'approved')`.mapWith(Number);

const summaryColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  summary: articleSummary,
  publishedAt: articles.publishedAt,
  heroImageId: articles.heroImageId,
  heroWidth: images.width,
  heroHeight: images.height,
  heroAlt: articles.heroAlt,
  categoryName: categories.name,
  categorySlug: categories.slug,
  authorName: authors.name,
  authorSlug: authors.slug,
  commentCount: approvedCommentCount,
  views: sql<number>`coalesce(${articleViewTotals.views}, 0)`.mapWith(Number),
};

export type ArticleSummary = {
  id: number;
  slug: string;
  title: string;
  /** The excerpt, or the start of the body when it has none (db/queries/summary.ts). */
  summary: string;
  publishedAt: Date;
  heroImageId: string | null;
  heroWidth: number | null;
  heroHeight: number | null;
  heroAlt: string;
  categoryName: string;
  categorySlug: string;
  authorName: string;
  authorSlug: string;
  commentCount: number;
  views: number;
};

export type Page<T> = { items: T[]; total: number; page: number; pageCount: number };

/**
 * One page of article summaries, newest first. Two steps: the ids of the page, from an index walked newest first,
 * then the display columns for those few rows only. In one query SQLite would compute the comment count and the
 * joins for every matching article before sorting them, which at 100,000 articles takes most of a second.
 */
export function summaries(where: SQL, limit: number, offset: number): ArticleSummary[] {
  const db = getDb();
  const ids = db
    .select({ id: articles.id })
    .from(articles)
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((r) => r.id);
  if (ids.length === 0) return [];
  const rows = db
    .select(summaryColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(images, eq(images.id, articles.heroImageId))
    .leftJoin(articleViewTotals, eq(articleViewTotals.articleId, articles.id))
    .where(inArray(articles.id, ids))
    .all();
  const byId = new Map(rows.map((r) => [r.id, { ...r, publishedAt: r.publishedAt! }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

function paged(where: SQL, page: number, perPage: number): Page<ArticleSummary> {
  const [{ total }] = getDb().select({ total: count() }).from(articles).where(where).all();
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const current = Math.min(Math.max(1, page), pageCount);
  return { items: summaries(where, perPage, (current - 1) * perPage), total, page: current, pageCount };
}

/** The newest article marked as lead story, otherwise the newest article. */
export function getLeadStory(now: Date): ArticleSummary | undefined {
  const visible = visibleToReaders(now);
  return summaries(and(visible, eq(articles.isLead, true))!, 1, 0)[0] ?? summaries(visible, 1, 0)[0];
}

export function listLatest(now: Date, page: number, perPage: number, excludeId?: number): Page<ArticleSummary> {
  const visible = visibleToReaders(now);
  return paged(excludeId ? and(visible, ne(articles.id, excludeId))! : visible, page, perPage);
}

export function listByCategory(categoryId: number, now: Date, page: number, perPage: number): Page<ArticleSummary> {
  return paged(and(visibleToReaders(now), eq(articles.categoryId, categoryId))!, page, perPage);
}

export function listByAuthor(authorId: number, now: Date, page: number, perPage: number): Page<ArticleSummary> {
  return paged(and(visibleToReaders(now), eq(articles.authorId, authorId))!, page, perPage);
}

/**
 * The unary + keeps SQLite from looking up each tagged article by id, which reads every one of its rows (10,000 for
 * a common tag at 100,000 articles, 20 ms); instead it walks the date index, which holds the visibility columns,
 * and checks each id against the tag's list, stopping after one page.
 */
export function listByTag(tagId: number, now: Date, page: number, perPage: number): Page<ArticleSummary> {
  const tagged = getDb().select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId));
  return paged(and(visibleToReaders(now), inArray(sql`+${articles.id}`, tagged))!, page, perPage);
}

/** Top articles by views counted since `fromDay` (a day key in the site time zone), from the per-day buckets. */
export function listMostViewed(now: Date, fromDay: string, limit: number): (ArticleSummary & { recentViews: number })[] {
  const db = getDb();
  const recent = db
    .select({ articleId: articleDailyViews.articleId, recentViews: sql<number>`sum(${articleDailyViews.views})`.as("recent_views") })
    .from(articleDailyViews)
    .where(gte(articleDailyViews.day, fromDay))
    .groupBy(articleDailyViews.articleId)
    .as("recent");
  const top = db
    .select({ id: articles.id, recentViews: recent.recentViews })
    .from(recent)
    .innerJoin(articles, eq(articles.id, recent.articleId))
    .where(visibleToReaders(now))
    .orderBy(desc(recent.recentViews), desc(articles.publishedAt))
    .limit(limit)
    .all();
  if (top.length === 0) return [];
  const byId = new Map(summaries(inArray(articles.id, top.map((r) => r.id))!, limit, 0).map((s) => [s.id, s]));
  return top.flatMap((r) => {
    const summary = byId.get(r.id);
    return summary ? [{ ...summary, recentViews: Number(r.recentViews) }] : [];
  });
}

export function tagsOfArticle(articleId: number) {
  return getDb()
    .select({ name: tags.name, slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(tags.name)
    .all();
}
