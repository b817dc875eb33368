import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { images } from "./images";

export const roles = ["editor", "admin"] as const;
export type Role = (typeof roles)[number];

/** Staff users: they write under their name and, with a password, sign in. */
export const authors = sqliteTable("authors", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  bio: text("bio").notNull().default(""),
  avatarImageId: text("avatar_image_id").references(() => images.id, { onDelete: "set null" }),
  publicEmail: text("public_email"),
  // The sign-in address; never shown to readers.
  loginEmail: text("login_email").notNull().unique(),
  role: text("role", { enum: roles }).notNull().default("editor"),
  // Null for bylines that cannot sign in.
  passwordHash: text("password_hash"),
  disabled: integer("disabled", { mode: "boolean" }).notNull().default(false),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
});

export type Author = typeof authors.$inferSelect;

/** Old slugs of authors who changed theirs: their archive and feeds answer there with a permanent redirect. */
export const authorSlugRedirects = sqliteTable("author_slug_redirects", {
  oldSlug: text("old_slug").primaryKey(),
  authorId: integer("author_id")
    .notNull()
    .references(() => authors.id, { onDelete: "cascade" }),
});
