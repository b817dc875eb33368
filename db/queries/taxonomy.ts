import "server-only";
import { asc, count, eq, getTableColumns, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articles, categories, categorySlugRedirects, tags } from "@/db/schema";

export function listCategories() {
  return getDb().select().from(categories).orderBy(asc(categories.name)).all();
}

export function getCategoryBySlug(slug: string) {
  return getDb().select().from(categories).where(eq(categories.slug, slug)).get();
}

/** For a section slug no section holds now: the current slug of the section its address moved to, if any. */
export function categoryMovedTo(oldSlug: string): string | undefined {
  return getDb()
    .select({ slug: categories.slug })
    .from(categorySlugRedirects)
    .innerJoin(categories, eq(categories.id, categorySlugRedirects.categoryId))
    .where(eq(categorySlugRedirects.oldSlug, oldSlug))
    .get()?.slug;
}

const articleCount = count(articles.id);
const publishedCount = sql<number>`count(case when ${articles.status} = 'published' then 1 end)`.mapWith(Number);

/** Sections with how many articles each holds (drafts and scheduled included) and how many of them are published. */
function sectionsWithCounts(where?: SQL) {
  return getDb()
    .select({ ...getTableColumns(categories), articles: articleCount, published: publishedCount })
    .from(categories)
    .leftJoin(articles, eq(articles.categoryId, categories.id))
    .where(where)
    .groupBy(categories.id)
    .orderBy(asc(categories.name));
}

export function listSectionsForAdmin() {
  return sectionsWithCounts().all();
}

export function getSectionForAdmin(id: number) {
  return sectionsWithCounts(eq(categories.id, id)).get();
}

export type SectionForAdmin = NonNullable<ReturnType<typeof getSectionForAdmin>>;

export function getTagBySlug(slug: string) {
  return getDb().select().from(tags).where(eq(tags.slug, slug)).get();
}
