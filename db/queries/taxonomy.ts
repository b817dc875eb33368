import "server-only";
import { and, asc, count, eq, exists, getTableColumns, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { contains } from "./contains";
import { visibleToReaders } from "./visibility";
import { articles, articleTags, categories, categorySlugRedirects, tags, tagSlugRedirects } from "@/db/schema";

/** The sections in the site menu's order, which the admins set. */
export const menuOrder = [asc(categories.position), asc(categories.name)];

export function listCategories() {
  return getDb()
    .select()
    .from(categories)
    .orderBy(...menuOrder)
    .all();
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
/** How many of the joined articles readers can see now: published, or scheduled for a time that has come. */
const publishedCount = (now: Date) => sql<number>`count(case when ${visibleToReaders(now)} then 1 end)`.mapWith(Number);

/** Sections with how many articles each holds (drafts and scheduled included) and how many of them readers see. */
function sectionsWithCounts(now: Date, where?: SQL) {
  return getDb()
    .select({ ...getTableColumns(categories), articles: articleCount, published: publishedCount(now) })
    .from(categories)
    .leftJoin(articles, eq(articles.categoryId, categories.id))
    .where(where)
    .groupBy(categories.id)
    .orderBy(...menuOrder);
}

export function listSectionsForAdmin(now: Date) {
  return sectionsWithCounts(now).all();
}

export function getSectionForAdmin(id: number, now: Date) {
  return sectionsWithCounts(now, eq(categories.id, id)).get();
}

export type SectionForAdmin = NonNullable<ReturnType<typeof getSectionForAdmin>>;

export function getTagBySlug(slug: string) {
  return getDb().select().from(tags).where(eq(tags.slug, slug)).get();
}

/**
 * For a tag slug no tag holds now: the current slug of the tag it was renamed to or merged into, if readers can see
 * that tag. A tag only unpublished work carries answers 404 (app/(site)/tag/[slug]/page.tsx); a redirect to it would
 * tell readers its new name.
 */
export function tagMovedTo(oldSlug: string, now: Date): string | undefined {
  const shown = getDb()
    .select({ id: articleTags.articleId })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, tags.id), visibleToReaders(now)));
  return getDb()
    .select({ slug: tags.slug })
    .from(tagSlugRedirects)
    .innerJoin(tags, eq(tags.id, tagSlugRedirects.tagId))
    .where(and(eq(tagSlugRedirects.oldSlug, oldSlug), exists(shown)))
    .get()?.slug;
}

const tagArticles = count(articleTags.articleId);

/** Tags whose name contains `search`, in any case; every tag for an empty one. */
const nameContains = (search: string): SQL | undefined => (search ? contains(tags.name, search) : undefined);

/** Tags (those `where` picks), with how many articles carry each and how many of them readers see. */
function tagsWithCounts(now: Date, where?: SQL) {
  return getDb()
    .select({ ...getTableColumns(tags), articles: tagArticles, published: publishedCount(now) })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .leftJoin(articles, eq(articles.id, articleTags.articleId))
    .where(where)
    .groupBy(tags.id)
    .orderBy(sql`${tags.name} collate nocase`, asc(tags.id));
}

export function listTagsForStaff(search: string, limit: number, offset: number, now: Date) {
  return tagsWithCounts(now, nameContains(search)).limit(limit).offset(offset).all();
}

export function countTags(search: string): number {
  return getDb().select({ n: count() }).from(tags).where(nameContains(search)).get()!.n;
}

export function getTagForStaff(id: number, now: Date) {
  return tagsWithCounts(now, eq(tags.id, id)).get();
}

export type TagForStaff = NonNullable<ReturnType<typeof getTagForStaff>>;

/** Every tag's name, for the merge field's suggestions: the thousand most used when there are more. */
export function listTagNames(): string[] {
  return getDb()
    .select({ name: tags.name })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .groupBy(tags.id)
    .orderBy(sql`count(${articleTags.articleId}) desc`, asc(tags.name))
    .limit(1000)
    .all()
    .map((t) => t.name);
}
