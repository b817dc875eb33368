import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { images } from "./images";
import { authors } from "./people";

/**
 * The site's own pages, as WordPress and Ghost have them beside their posts: About, Contact, a corrections policy.
 * Each answers at the site's root (`/about`), is written in the articles' Markdown, and is listed in every page's
 * footer, in `position` order (then by title); those `inMenu` also in the header's menu, after the sections.
 */
export const sitePages = sqliteTable("site_pages", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  // One or two sentences for search engines and link previews; empty to take the body's first words.
  description: text("description").notNull().default(""),
  bodyMarkdown: text("body_markdown").notNull().default(""),
  // The Markdown rendered and sanitized at save (lib/markdown.ts), as an article's body is.
  bodyHtml: text("body_html").notNull().default(""),
  // The body as plain text, for the search index (db/migrations/0020), as an article's is.
  bodyText: text("body_text").notNull().default(""),
  position: integer("position").notNull().default(0),
  inMenu: integer("in_menu", { mode: "boolean" }).notNull().default(false),
  // A draft is the newsroom's alone: readers, the menu, the footer, search and the sitemap know only published pages.
  published: integer("published", { mode: "boolean" }).notNull().default(true),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
  // Null when it was written by the migration that made the table, or by staff since deleted.
  updatedById: integer("updated_by_id").references(() => authors.id, { onDelete: "set null" }),
});

/** Old addresses of pages whose address changed: each answers with a permanent redirect to the page's current one. */
export const sitePageSlugRedirects = sqliteTable("site_page_slug_redirects", {
  oldSlug: text("old_slug").primaryKey(),
  pageId: integer("page_id")
    .notNull()
    .references(() => sitePages.id, { onDelete: "cascade" }),
});

/** Where a site page uses an uploaded picture, kept by each save as article_images is: the media library reads both. */
export const sitePageImages = sqliteTable(
  "site_page_images",
  {
    pageId: integer("page_id")
      .notNull()
      .references(() => sitePages.id, { onDelete: "cascade" }),
    imageId: text("image_id")
      .notNull()
      .references(() => images.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.pageId, t.imageId] }), index("site_page_images_image_idx").on(t.imageId)],
);

export type SitePage = typeof sitePages.$inferSelect;
