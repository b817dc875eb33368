import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
// A cycle (people.ts names images for avatars): references are read lazily, once both modules have loaded, and the
// reference below is typed by hand, as Drizzle asks for circular ones, so that TypeScript need not infer it in a loop.
import { authors } from "./people";

/** An uploaded or generated picture; its resized files live under the data folder, named by id and width. */
export const images = sqliteTable(
  "images",
  {
    id: text("id").primaryKey(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    // The name of the file as uploaded, for people to know a picture by in the media library ("" when unknown).
    fileName: text("file_name").notNull().default(""),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
    // Null for pictures from before the media library, the demo's, and those of staff since deleted.
    uploadedById: integer("uploaded_by_id").references((): AnySQLiteColumn => authors.id, { onDelete: "set null" }),
  },
  // The media library lists the newest first.
  (t) => [index("images_created_idx").on(t.createdAt)],
);

export type Image = typeof images.$inferSelect;
