import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/** Whether the column holds the text typed in a search box, in any case: `%` and `_` typed there are letters, not wildcards. */
export function contains(column: AnyColumn, text: string): SQL {
  return sql`${column} like ${`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`;
}
