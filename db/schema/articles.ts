import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { images } from "./images";
import { authors } from "./people";
import { categories, tags } from "./taxonomy";

export const articleStatuses = ["draft", "scheduled", "published"] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    excerpt: text("excerpt").notNull().default(""),
    bodyMarkdown: text("body_markdown").notNull().default(""),
    // Rendered and sanitized once, on save, by lib/markdown.
    bodyHtml: text("body_html").notNull().default(""),
    // The body as plain text, for the search index and descriptions.
    bodyText: text("body_text").notNull().default(""),
    heroImageId: text("hero_image_id").references(() => images.id, { onDelete: "set null" }),
    heroCaption: text("hero_caption").notNull().default(""),
    heroAlt: text("hero_alt").notNull().default(""),
    categoryId: integer("category_id")
      .notNull()
      .references(() => categories.id),
    authorId: integer("author_id")
      .notNull()
      .references(() => authors.id),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    isLead: integer("is_lead", { mode: "boolean" }).notNull().default(false),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
    // Set for syndicated pieces: the original, which is also the canonical URL.
    sourceUrl: text("source_url"),
    commentsClosed: integer("comments_closed", { mode: "boolean" }).notNull().default(false),
    // Set when a published article is taken down: its URL then answers 410 Gone instead of 404.
    unpublishedAt: integer("unpublished_at", { mode: "timestamp_ms" }),
    // Raised by every save; a save based on an older revision is an edit conflict.
    revision: integer("revision").notNull().default(1),
  },
  (t) => [
    // Listings walk these newest first and check the status from the index itself, stopping after one page.
    index("articles_published_idx").on(t.publishedAt, t.status),
    index("articles_category_published_idx").on(t.categoryId, t.publishedAt, t.status),
    index("articles_author_published_idx").on(t.authorId, t.publishedAt, t.status),
    index("articles_lead_published_idx").on(t.isLead, t.publishedAt, t.status),
  ],
);

export const articleTags = sqliteTable(
  "article_tags",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index("article_tags_tag_idx").on(t.tagId, t.articleId)],
);

/**
 * The uploaded pictures each article shows, as hero or in its body, kept by every save (db/queries/article-save.ts):
 * the media library tells from it where a picture is used, and never deletes one that is.
 */
export const articleImages = sqliteTable(
  "article_images",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    imageId: text("image_id")
      .notNull()
      .references(() => images.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.imageId] }), index("article_images_image_idx").on(t.imageId, t.articleId)],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
