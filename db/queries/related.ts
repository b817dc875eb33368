import "server-only";
import { and, count, desc, eq, inArray, ne, notInArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTags } from "@/db/schema";
import { summaries, type ArticleSummary } from "./articles";
import { visibleToReaders } from "./visibility";

/** Articles that share the most tags with this one, then the newest of its category. */
export function listRelated(articleId: number, categoryId: number, now: Date, limit: number): ArticleSummary[] {
  const db = getDb();
  const visible = visibleToReaders(now);
  const itsTags = db.select({ id: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, articleId));
  const byTags = db
    .select({ id: articles.id, shared: count() })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(inArray(articleTags.tagId, itsTags), ne(articles.id, articleId), visible))
    .groupBy(articles.id)
    .orderBy(desc(count()), desc(articles.publishedAt))
    .limit(limit)
    .all()
    .map((r) => r.id);
  const sameCategory =
    byTags.length < limit
      ? db
          .select({ id: articles.id })
          .from(articles)
          .where(and(eq(articles.categoryId, categoryId), ne(articles.id, articleId), notInArray(articles.id, byTags.length ? byTags : [0]), visible))
          .orderBy(desc(articles.publishedAt))
          .limit(limit - byTags.length)
          .all()
          .map((r) => r.id)
      : [];
  const ids = [...byTags, ...sameCategory];
  if (ids.length === 0) return [];
  const found = new Map(summaries(inArray(articles.id, ids)!, ids.length, 0).map((s) => [s.id, s]));
  return ids.flatMap((id) => found.get(id) ?? []);
}
