import "server-only";
import { and, desc, eq, inArray, sql, type Column } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { articles, articleTags } from "@/db/schema";
import { summaries, type ArticleSummary } from "./articles";
import { visibleToReaders } from "./visibility";

// How far back each shared tag is looked at. A tag on tens of thousands of articles would otherwise make every article
// page count them all (40 ms at 100,000 articles); news goes stale, so the newest few hundred per tag are the ones
// worth suggesting. Ids stand for age here: they are given in the order articles are written.
const recentPerTag = 500;

/**
 * Whether `column` is among the ids in `param`, bound as one JSON array: the statement is prepared once whatever the
 * number of ids, where a placeholder for each would build and compile a new one for every list (hundreds of ids here).
 */
const amongIds = (column: Column, param: string) => sql`${column} IN (SELECT value FROM json_each(${sql.placeholder(param)}))`;

function prepareStatements(db: Db) {
  const p = sql.placeholder;
  const newestVisible = (where: ReturnType<typeof and>) =>
    db.select({ id: articles.id }).from(articles).where(and(where, visibleToReaders(p("now")))).orderBy(desc(articles.publishedAt), desc(articles.id)).limit(p("limit")).prepare();
  return {
    tagsOf: db.select({ tagId: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, p("articleId"))).prepare(),
    newestOfTag: db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, p("tagId"))).orderBy(desc(articleTags.articleId)).limit(recentPerTag).prepare(),
    newestAmong: newestVisible(amongIds(articles.id, "ids")),
    newestOfSection: newestVisible(and(eq(articles.categoryId, p("categoryId")), sql`NOT ${amongIds(articles.id, "excluded")}`)),
  };
}

// Prepared on first use, never at import: `next build` imports this module and must run no query.
const statements = new WeakMap<Db, ReturnType<typeof prepareStatements>>();
function prepared() {
  const db = getDb();
  let found = statements.get(db);
  if (!found) statements.set(db, (found = prepareStatements(db)));
  return found;
}

/** How many of this article's tags each of the newest articles of those tags shares with it. */
function sharedTagCounts(articleId: number): Map<number, number> {
  const { tagsOf, newestOfTag } = prepared();
  const shared = new Map<number, number>();
  for (const { tagId } of tagsOf.all({ articleId })) {
    for (const { id } of newestOfTag.all({ tagId })) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  shared.delete(articleId);
  return shared;
}

/** Recent articles that share the most tags with this one, newest first among equals, then the newest of its category. */
export function listRelated(articleId: number, categoryId: number, now: Date, limit: number): ArticleSummary[] {
  const { newestAmong, newestOfSection } = prepared();
  const at = now.getTime();
  // The candidates by how many tags they share, most first; each group is asked for its newest visible articles only
  // until the list is full, so the hundreds that share one tag are rarely looked at.
  const byShared = new Map<number, number[]>();
  for (const [id, shared] of sharedTagCounts(articleId)) {
    const group = byShared.get(shared);
    if (group) group.push(id);
    else byShared.set(shared, [id]);
  }
  const ids: number[] = [];
  for (const shared of [...byShared.keys()].sort((a, b) => b - a)) {
    if (ids.length >= limit) break;
    ids.push(...newestAmong.all({ ids: JSON.stringify(byShared.get(shared)), now: at, limit: limit - ids.length }).map((r) => r.id));
  }
  if (ids.length < limit) {
    ids.push(...newestOfSection.all({ categoryId, excluded: JSON.stringify([articleId, ...ids]), now: at, limit: limit - ids.length }).map((r) => r.id));
  }
  if (ids.length === 0) return [];
  const found = new Map(summaries(inArray(articles.id, ids)!, ids.length, 0).map((s) => [s.id, s]));
  return ids.flatMap((id) => found.get(id) ?? []);
}
