import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { articleImages, articles, authors, categories, comments, images, sitePages, tags, type ArticleStatus, type CommentStatus } from "@/db/schema";
import { slugify } from "@/lib/slug";

let sequence = 0;

/** Minimal real rows for tests, with unique slugs. */
export function makeCategory(name = `Section ${++sequence}`) {
  return getDb().insert(categories).values({ name, slug: `section-${++sequence}` }).returning().get();
}

export function makeTag(name = `Topic ${++sequence}`) {
  return getDb().insert(tags).values({ name, slug: slugify(name) }).returning().get();
}

/** A site page of plain text at /page-N (db/queries/site-pages.ts). */
export function makeSitePage(title = `Page ${++sequence}`) {
  const n = ++sequence;
  return getDb().insert(sitePages).values({ title, slug: `page-${n}`, bodyMarkdown: "Plain words.", bodyHtml: "<p>Plain words.</p>\n", bodyText: "Plain words." }).returning().get();
}

export function makeAuthor(name = `Reporter ${++sequence}`) {
  const n = ++sequence;
  return getDb().insert(authors).values({ name, slug: `reporter-${n}`, loginEmail: `reporter-${n}@test.example`, bio: "Writes things." }).returning().get();
}

type ArticleOptions = { status?: ArticleStatus; publishedAt?: Date | null; categoryId?: number; authorId?: number; isLead?: boolean; title?: string; commentsClosed?: boolean };

export function makeArticle(options: ArticleOptions = {}) {
  const n = ++sequence;
  const categoryId = options.categoryId ?? makeCategory().id;
  const authorId = options.authorId ?? makeAuthor().id;
  return getDb()
    .insert(articles)
    .values({
      slug: `story-${n}`,
      title: options.title ?? `Story ${n}`,
      excerpt: "An excerpt.",
      bodyMarkdown: "Body.",
      bodyHtml: "<p>Body.</p>",
      categoryId,
      authorId,
      status: options.status ?? "published",
      publishedAt: options.publishedAt === undefined ? new Date(Date.now() - 60_000) : options.publishedAt,
      isLead: options.isLead ?? false,
      commentsClosed: options.commentsClosed ?? false,
    })
    .returning()
    .get();
}

export function makeComment(articleId: number, status: CommentStatus, body = "A comment.") {
  return getDb().insert(comments).values({ articleId, authorName: "Reader", authorEmail: "reader@test.example", body, status }).returning().get();
}

type ImageOptions = { uploadedById?: number | null; createdAt?: Date; fileName?: string };

/** A picture's row alone, with no files: for the library's rules, which read the row. Two days old unless told. */
export function makeImage(options: ImageOptions = {}) {
  const id = (++sequence).toString(16).padStart(16, "0");
  const createdAt = options.createdAt ?? new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
  return getDb()
    .insert(images)
    .values({ id, width: 1600, height: 900, createdAt, uploadedById: options.uploadedById ?? null, fileName: options.fileName ?? `picture-${sequence}.jpg` })
    .returning()
    .get();
}

/** The pictures recorded as used by the article (article_images), sorted: what the media library reads. */
export function picturesRecordedFor(articleId: number): string[] {
  return getDb()
    .select({ id: articleImages.imageId })
    .from(articleImages)
    .where(eq(articleImages.articleId, articleId))
    .all()
    .map((row) => row.id)
    .sort();
}
