import "server-only";
import { and, desc, eq, inArray, ne, notInArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTags } from "@/db/schema";
import { summaries, type ArticleSummary } from "./articles";
import { visibleToReaders } from "./visibility";

// How far back each shared tag is looked at. A tag on tens of thousands of articles would otherwise make every article
// page count them all (40 ms at 100,000 articles); news goes stale, so the newest few hundred per tag are the ones
// worth suggesting. Ids stand for age here: they are given in the order articles are written.
const recentPerTag = 500;

/** Which of the newest articles of each of this article's tags share the most tags with it. */
function sharedTagCounts(articleId: number): Map<number, number> {
  const db = getDb();
  const shared = new Map<number, number>();
  for (const { tagId } of db.select({ tagId: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, articleId)).all()) {
    const recent = db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId)).orderBy(desc(articleTags.articleId)).limit(recentPerTag).all();
    for (const { id } of recent) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  shared.delete(articleId);
  return shared;
}

/** Recent articles that share the most tags with this one, newest first among equals, then the newest of its category. */
export function listRelated(articleId: number, categoryId: number, now: Date, limit: number): ArticleSummary[] {
  const db = getDb();
  const visible = visibleToReaders(now);
  const shared = sharedTagCounts(articleId);
  const byTags = (shared.size ? db.select({ id: articles.id, publishedAt: articles.publishedAt }).from(articles).where(and(inArray(articles.id, [...shared.keys()]), visible)).all() : [])
    .sort((a, b) => shared.get(b.id)! - shared.get(a.id)! || (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))
    .slice(0, limit)
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
