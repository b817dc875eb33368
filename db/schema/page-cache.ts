import { check, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";

/**
 * One row: raised in the same transaction as any change that readers' pages show (an article saved, published or
 * deleted, a comment approved, comments opened or closed, a profile edited). Every server process compares it with
 * the version it last saw, so a change shows on the next request, in every process.
 */
export const pageVersion = sqliteTable(
  "page_version",
  {
    id: integer("id").primaryKey(),
    version: integer("version").notNull().default(0),
  },
  (t) => [check("page_version_single_row", sql`${t.id} = 1`)],
);

/**
 * What each raise of the page version changed, so a server process can drop just the pages it shows: `articles` is a
 * JSON list of the slugs of the articles whose own page and cards changed, or null when any page may have. The
 * newest few hundred are kept; a version with no row here counts as a change to every page.
 */
export const pageChanges = sqliteTable("page_changes", {
  version: integer("version").primaryKey(),
  articles: text("articles"),
});
