import "server-only";
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleViewTotals, authors, categories } from "@/db/schema";
import type { ListQuery, ListStatus, SortKey } from "@/lib/dashboard/article-list";
import type { Page } from "./articles";
import { approvedCommentCount } from "./articles";
import { contains } from "./contains";
import { visibleToReaders } from "./visibility";

const views = sql<number>`coalesce(${articleViewTotals.views}, 0)`.mapWith(Number);

/** The same split as displayStatus in lib/dashboard/article-list, as SQL. */
function statusCondition(status: ListStatus, now: Date): SQL {
  switch (status) {
    case "published":
      return visibleToReaders(now);
    case "scheduled":
      return and(inArray(articles.status, ["scheduled", "published"]), gt(articles.publishedAt, now))!;
    case "unpublished":
      return and(eq(articles.status, "draft"), isNotNull(articles.unpublishedAt))!;
    case "draft":
      return and(eq(articles.status, "draft"), isNull(articles.unpublishedAt))!;
  }
}

function ordering(sort: SortKey, dir: "asc" | "desc"): SQL[] {
  const by = dir === "asc" ? asc : desc;
  switch (sort) {
    case "title":
      return [by(sql`${articles.title} collate nocase`)];
    // Unpublished drafts have no date: they come last either way.
    case "published":
      return [asc(sql`${articles.publishedAt} is null`), by(articles.publishedAt)];
    case "views":
      return [by(views)];
    case "comments":
      return [by(approvedCommentCount)];
    case "updated":
      return [by(articles.updatedAt)];
  }
}

/** One page of the dashboard table: one query for the rows (joins and a counted subquery, no query per row) and one for the total. */
export function listDashboardArticles(query: ListQuery, perPage: number, now: Date) {
  const conditions: SQL[] = [];
  if (query.status) conditions.push(statusCondition(query.status, now));
  if (query.q) conditions.push(contains(articles.title, query.q));
  const where = conditions.length ? and(...conditions) : undefined;
  const db = getDb();
  const total = db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(query.page, pageCount);
  const items = db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      status: articles.status,
      publishedAt: articles.publishedAt,
      unpublishedAt: articles.unpublishedAt,
      commentsClosed: articles.commentsClosed,
      authorName: authors.name,
      categoryName: categories.name,
      views,
      commentCount: approvedCommentCount,
    })
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(articleViewTotals, eq(articleViewTotals.articleId, articles.id))
    .where(where)
    .orderBy(...ordering(query.sort, query.dir), desc(articles.id))
    .limit(perPage)
    .offset((page - 1) * perPage)
    .all();
  return { items, total, page, pageCount } satisfies Page<(typeof items)[number]>;
}

export type DashboardRow = ReturnType<typeof listDashboardArticles>["items"][number];
