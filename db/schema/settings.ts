import { sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Site-wide settings an admin changes in the dashboard, as key and JSON value (see db/queries/settings.ts). */
export const siteSettings = sqliteTable("site_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
