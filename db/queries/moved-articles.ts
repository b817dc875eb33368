import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleSlugRedirects } from "@/db/schema";
import { visibleToReaders } from "./visibility";

/**
 * For an article URL that no visible article answers: where the article moved (its slug was changed),
 * or whether it was taken down (unpublished). Undefined when the slug never named a published article.
 */
export function movedOrGone(slug: string, now: Date): { movedTo: string } | { gone: true } | undefined {
  const db = getDb();
  const moved = db
    .select({ slug: articles.slug })
    .from(articleSlugRedirects)
    .innerJoin(articles, eq(articles.id, articleSlugRedirects.articleId))
    .where(and(eq(articleSlugRedirects.oldSlug, slug), visibleToReaders(now)))
    .get();
  if (moved) return { movedTo: moved.slug };
  const gone = db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, slug), eq(articles.status, "draft"), isNotNull(articles.unpublishedAt)))
    .get();
  return gone ? { gone: true } : undefined;
}
