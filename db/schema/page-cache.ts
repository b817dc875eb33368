import { check, integer, sqliteTable } from "drizzle-orm/sqlite-core";
import { sql } from "drizzle-orm";

/**
 * One row: raised in the same transaction as any change that readers' pages show (an article saved, published or
 * deleted, a comment approved, comments opened or closed, a profile edited). Every server process compares it with
 * the version its cached pages were rendered at, so a change shows on the next request, in every process.
 */
export const pageVersion = sqliteTable(
  "page_version",
  {
    id: integer("id").primaryKey(),
    version: integer("version").notNull().default(0),
  },
  (t) => [check("page_version_single_row", sql`${t.id} = 1`)],
);
