import "server-only";
import { and, asc, count, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, articleTags, authors, categories, sitePages, tags } from "@/db/schema";
import { lastChanged } from "@/lib/last-changed";
import { visibleToReaders } from "./visibility";

export type SitemapEntry = { path: string; lastModified: Date };

// Syndicated articles have their canonical URL elsewhere and stay out of our sitemaps.
const ownArticles = (now: Date) => and(visibleToReaders(now), isNull(articles.sourceUrl));

export function countSitemapArticles(now: Date): number {
  return getDb().select({ n: count() }).from(articles).where(ownArticles(now)).get()!.n;
}

export function sitemapArticles(now: Date, offset: number, limit: number): SitemapEntry[] {
  return getDb()
    .select({ slug: articles.slug, updatedAt: articles.updatedAt, publishedAt: articles.publishedAt })
    .from(articles)
    .where(ownArticles(now))
    .orderBy(asc(articles.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((a) => ({ path: `/articles/${a.slug}`, lastModified: lastChanged({ ...a, publishedAt: a.publishedAt! }) }));
}

/** Home, every archive page that lists something, each last modified when its newest article was, and the site's own pages. */
export function sitemapPages(now: Date): SitemapEntry[] {
  const db = getDb();
  const visible = visibleToReaders(now);
  // lastChanged (lib/last-changed.ts) in SQL, the newest over the group: SQLite's two-argument max() is per row.
  const newest = sql<Date | null>`max(max(${articles.updatedAt}, ${articles.publishedAt}))`.mapWith(articles.updatedAt);
  const home = db.select({ at: newest }).from(articles).where(visible).get()?.at ?? now;
  const byCategory = db.select({ slug: categories.slug, at: newest }).from(articles).innerJoin(categories, eq(categories.id, articles.categoryId)).where(visible).groupBy(categories.id).all();
  const byAuthor = db.select({ slug: authors.slug, at: newest }).from(articles).innerJoin(authors, eq(authors.id, articles.authorId)).where(visible).groupBy(authors.id).all();
  const byTag = db
    .select({ slug: tags.slug, at: newest })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(visible)
    .groupBy(tags.id)
    .all();
  const own = db.select({ slug: sitePages.slug, at: sitePages.updatedAt }).from(sitePages).where(eq(sitePages.published, true)).orderBy(asc(sitePages.id)).all();
  const at = (value: Date | null) => value ?? now;
  return [
    { path: "/", lastModified: at(home) },
    ...byCategory.map((c) => ({ path: `/category/${c.slug}`, lastModified: at(c.at) })),
    ...byTag.map((t) => ({ path: `/tag/${t.slug}`, lastModified: at(t.at) })),
    ...byAuthor.map((a) => ({ path: `/author/${a.slug}`, lastModified: at(a.at) })),
    ...own.map((p) => ({ path: `/${p.slug}`, lastModified: p.at })),
  ];
}

/** Articles for the Google News sitemap: published since `since`, newest first (News allows at most 1,000). */
export function newsSitemapArticles(now: Date, since: Date) {
  return getDb()
    .select({ slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(ownArticles(now), gte(articles.publishedAt, since)))
    .orderBy(desc(articles.publishedAt))
    .limit(1000)
    .all()
    .map((a) => ({ ...a, publishedAt: a.publishedAt! }));
}
