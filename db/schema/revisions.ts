import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { articles } from "./articles";
import { authors } from "./people";

/** A copy of every field of an article as one save left it. */
export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    savedById: integer("saved_by_id").references(() => authors.id, { onDelete: "set null" }),
    savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
    // The article's editable fields as JSON (see lib/validation/article.ts), so a restore fills the whole form.
    fields: text("fields").notNull(),
  },
  (t) => [index("article_revisions_article_idx").on(t.articleId, t.revision)],
);

/** Old slugs of published articles, answered with a permanent redirect to the article's current URL. */
export const articleSlugRedirects = sqliteTable("article_slug_redirects", {
  oldSlug: text("old_slug").primaryKey(),
  articleId: integer("article_id")
    .notNull()
    .references(() => articles.id, { onDelete: "cascade" }),
});
