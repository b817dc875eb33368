import "server-only";
import { and, eq, isNotNull, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleSlugRedirects } from "@/db/schema";
import { visibleToReaders } from "./visibility";

const unpublished: SQL = and(eq(articles.status, "draft"), isNotNull(articles.unpublishedAt))!;
const asFlag = (condition: SQL) => sql<number>`(${condition})`.mapWith(Boolean);

/**
 * For an article URL that no visible article answers: where the article moved (its slug was changed), or whether
 * it was taken down (unpublished), under its current slug or an old one. Undefined when the slug never named a
 * published article.
 */
export function movedOrGone(slug: string, now: Date): { movedTo: string } | { gone: true } | undefined {
  const db = getDb();
  const renamed = db
    .select({ slug: articles.slug, visible: asFlag(visibleToReaders(now)), gone: asFlag(unpublished) })
    .from(articleSlugRedirects)
    .innerJoin(articles, eq(articles.id, articleSlugRedirects.articleId))
    .where(eq(articleSlugRedirects.oldSlug, slug))
    .get();
  if (renamed?.visible) return { movedTo: renamed.slug };
  if (renamed?.gone) return { gone: true };
  const gone = db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), unpublished)).get();
  return gone ? { gone: true } : undefined;
}
