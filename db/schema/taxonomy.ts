import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const categories = sqliteTable("categories", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  description: text("description").notNull().default(""),
  // The section's place in the site's menu, first lowest; sections with the same place go by name.
  position: integer("position").notNull().default(0),
});

/**
 * Old slugs of sections that were renamed, or deleted with their articles moved to another: their archive and feeds
 * answer there with a permanent redirect.
 */
export const categorySlugRedirects = sqliteTable("category_slug_redirects", {
  oldSlug: text("old_slug").primaryKey(),
  categoryId: integer("category_id")
    .notNull()
    .references(() => categories.id, { onDelete: "cascade" }),
});

export const tags = sqliteTable("tags", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  // Shown under the tag's name on its page, and as its feed's and search engines' description; empty for none.
  description: text("description").notNull().default(""),
});

/** Old slugs of tags that were renamed or merged into another: their archive and feeds answer there with a 301. */
export const tagSlugRedirects = sqliteTable("tag_slug_redirects", {
  oldSlug: text("old_slug").primaryKey(),
  tagId: integer("tag_id")
    .notNull()
    .references(() => tags.id, { onDelete: "cascade" }),
});

export type Category = typeof categories.$inferSelect;
export type Tag = typeof tags.$inferSelect;
